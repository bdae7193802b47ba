#!/usr/bin/env node
/*
 * Bundles the command line (cli/src) for Node into cli/dist/main.cjs, with
 * the plugin's own config reader inside and the CLI package's dependencies
 * left to node_modules. Part of `npm run build`, and of packing the CLI
 * package (`npm pack ./cli`).
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'cli');
const pkg = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(cli, 'src', 'main.ts')],
  outfile: join(cli, 'dist', 'main.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The CLI package's dependencies (esbuild among them, which `import`
  // loads to read Docusaurus sidebars) come from node_modules.
  external: Object.keys(pkg.dependencies ?? {}),
  logLevel: 'warning',
});
