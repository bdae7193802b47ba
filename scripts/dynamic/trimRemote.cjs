/*
 * Build config for the module-federation remote, applied to the rspack
 * configuration that `backstage-cli package build --module-federation`
 * creates. backstage-cli 0.36 takes no bundler options, so
 * scripts/dynamic/buildRemote.mjs preloads this file (node --require) into
 * the CLI's process; it wraps rspack() and changes only the remote's config
 * (the one with output.uniqueName, which the CLI sets for remotes alone).
 * scripts/package-rhdh.mjs preloads it into the RHDH CLI too, whose
 * Scalprum bundle (webpack, with a DynamicRemotePlugin) it trims alike.
 *
 * What it changes, and why:
 *   - core-components' CodeSnippet (reached through InfoCard → ErrorBoundary
 *     → ErrorPanel → WarningPanel → MarkdownContent, which home-react's and
 *     the plugin's cards use) highlights with react-syntax-highlighter's
 *     async build, whose every highlight.js language is a lazy chunk: 192
 *     files a reader never loads, because the plugin shows no code. The
 *     light build, with no language registered, renders the same component
 *     as plain preformatted text.
 *   - The remote's TypeScript declarations (@mf-types), which only a
 *     consumer compiling against the remote would read: nothing at runtime.
 *
 * PERSONA_DOCS_REMOTE_UNSHARE=react,react-dom builds a remote that bundles
 * those packages instead of sharing them: the broken remote with which
 * `npm run check:dynamic` proves that the dynamic check catches one.
 *
 * The CLI builds in a child process, which inherits the preload through
 * NODE_OPTIONS. scripts/build-dynamic.mjs checks the output afterwards, so a
 * CLI that stops building through this path fails the build instead of
 * shipping an untrimmed remote.
 */
const { dirname } = require('node:path');

/** A module as the CLI that this process runs (argv[1]) resolves it. */
function fromCli(...chain) {
  let from = process.argv[1];
  for (const name of chain.slice(0, -1)) {
    from = dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
  }
  return require.resolve(chain.at(-1), { paths: [from] });
}

const unshare = (process.env.PERSONA_DOCS_REMOTE_UNSHARE ?? '')
  .split(',')
  .filter(Boolean);

/** The highlighter without its lazily loaded languages. */
function lightHighlighter(bundler) {
  return new bundler.NormalModuleReplacementPlugin(
    /^react-syntax-highlighter\/dist\/esm\/light-async$/,
    'react-syntax-highlighter/dist/esm/light',
  );
}

function trimRemoteConfig(rspackCore, config) {
  config.plugins = config.plugins ?? [];
  config.plugins.push(lightHighlighter(rspackCore));
  for (const plugin of config.plugins) {
    if (plugin?.constructor?.name === 'ModuleFederationPlugin') {
      if (!plugin._options) {
        throw new Error(
          'trimRemote: the ModuleFederationPlugin keeps its options elsewhere; update scripts/dynamic/trimRemote.cjs',
        );
      }
      plugin._options.dts = false;
      for (const name of unshare) delete plugin._options.shared?.[name];
    }
  }
}

/** backstage-cli's rspack, whose rspack() the CLI calls for each build. */
function wrapBackstageCliRspack() {
  const rspackCore = require(fromCli(
    '@backstage/cli-module-build',
    '@rspack/core',
  ));
  const originalRspack = rspackCore.rspack;
  rspackCore.rspack = function rspackWithTrimmedRemote(configs, ...rest) {
    for (const config of [configs].flat()) {
      if (config?.output?.uniqueName) trimRemoteConfig(rspackCore, config);
    }
    return originalRspack.call(this, configs, ...rest);
  };
  // The CLI also reads the bundler's plugin classes off rspack itself
  // (rspack.ProvidePlugin, rspack.DefinePlugin).
  Object.setPrototypeOf(rspackCore.rspack, originalRspack);
}

/** The RHDH CLI's webpack, wrapped before the CLI requires it. */
function wrapRhdhCliWebpack() {
  const webpackPath = fromCli('webpack');
  const webpack = require(webpackPath);
  const wrapped = function webpackWithTrimmedBundle(configs, ...rest) {
    for (const config of [configs].flat()) {
      const scalprum = config?.plugins?.some(
        plugin => plugin?.constructor?.name === 'DynamicRemotePlugin',
      );
      if (scalprum) config.plugins.push(lightHighlighter(webpack));
    }
    return webpack.call(this, configs, ...rest);
  };
  Object.setPrototypeOf(wrapped, webpack);
  require.cache[webpackPath].exports = wrapped;
}

const cli = process.argv[1] ?? '';
if (/backstage-cli$/.test(cli)) wrapBackstageCliRspack();
if (/rhdh-cli$/.test(cli)) wrapRhdhCliWebpack();
