#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * `npm run bench`: bundles bench/run.ts with esbuild (installed with the
 * Backstage CLI; no TypeScript runner needed) into node_modules/.cache and
 * runs it with --expose-gc, so the engine benchmark can collect garbage
 * between sizes. Arguments go to bench/run.ts (see docs/benchmarks.md).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(
  root,
  'node_modules',
  '.cache',
  'persona-docs-bench',
  'run.cjs',
);

// A bundle has one __dirname, its own; modules such as
// e2e-tests/devAppServer.ts resolve paths from theirs, so each .ts module
// gets its own directory back, as when run from source.
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
      if (path.includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
      return {
        contents: source.replace(
          /\b__dirname\b/g,
          JSON.stringify(dirname(path)),
        ),
        loader: path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
};

try {
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    jsx: 'automatic',
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [ownDirname],
  });
} catch {
  console.error('npm run bench: could not build bench/run.ts (errors above)');
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--expose-gc', '--enable-source-maps', outfile, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// The runner stops its dev apps on these signals before it exits.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
