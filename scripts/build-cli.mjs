#!/usr/bin/env node
/*
 * Bundles the command line (src/cli) for Node into dist-cli/main.cjs, with
 * the package's own config reader inside and its dependencies left to
 * node_modules. Part of `npm run build`.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile: join(root, 'dist-cli', 'main.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Dependencies and peers (esbuild, which `import` loads to read Docusaurus
  // sidebars, among them) come from the project's node_modules.
  external: [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
  ],
  logLevel: 'warning',
});
