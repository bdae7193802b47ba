#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Builds the plugin as a dynamic plugin: a module-federation remote that a
 * portal loads at run time, without being rebuilt (Backstage's
 * backend-dynamic-feature-service, Red Hat Developer Hub 2.x).
 *
 *   npm run build:dynamic    # → dist-dynamic/, the package to install
 *
 * Steps:
 *   1. `npm run build`, the plugin's ordinary build: `npm pack` derives
 *      backstage.features (which entry point holds which kind of feature)
 *      from its declaration files.
 *   2. `npm pack`, for the package.json and files a published package has.
 *   3. `backstage-cli package build --module-federation`, which exposes `.`
 *      and `./alpha` and shares React, React DOM, React Router and the MUI
 *      styling packages with the host as singletons (backstage-cli's
 *      defaults). The CLI writes to dist/, so the ordinary build is set
 *      aside meanwhile and put back afterwards. scripts/dynamic/
 *      trimRemote.cjs trims what readers never load (see there).
 *   4. dist-dynamic/: the packed package.json, renamed
 *      backstage-plugin-persona-docs-dynamic, with `main` pointing at the
 *      remote entry and without the entry points and dependencies of the
 *      static package (everything but the shared singletons is bundled);
 *      dist/ holds the remote and, in dist/.config-schema.json, the schema
 *      of `personaDocs` (without it a host drops that config before the
 *      browser sees it).
 *   5. `validate --dynamic dist-dynamic`, the check administrators run, and
 *      a check that the trimming applied; then the sizes.
 *
 * Options: --skip-build skips step 1 when dist/ is fresh.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildRemote } from './dynamic/buildRemote.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-dynamic');
const started = Date.now();

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    ...options,
  });
}

/** The package.json and plain files of the package as `npm pack` makes it. */
function packedPackage() {
  const tmp = mkdtempSync(join(tmpdir(), 'persona-docs-pack-'));
  try {
    const [{ filename }] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      }).toString(),
    );
    run('tar', ['-xzf', join(tmp, filename), '-C', tmp]);
    const dir = join(tmp, 'package');
    return {
      pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
      copyTo(target, names) {
        for (const name of names) {
          if (existsSync(join(dir, name))) {
            cpSync(join(dir, name), join(target, name));
          }
        }
      },
      dispose: () => rmSync(tmp, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Keeps only this plugin's own schema: the CLI collects the schemas of
 * every package it can reach, dev dependencies and backend plugins
 * included, which a host must not merge into its own.
 */
function ownConfigSchema(distDir, packageName) {
  const file = join(distDir, '.config-schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  schema.schemas = schema.schemas.filter(s => s.packageName === packageName);
  if (schema.schemas.length !== 1) {
    throw new Error(`No config schema of ${packageName} in ${file}`);
  }
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
}

function dynamicPackageJson(packed) {
  const pkg = structuredClone(packed);
  if (!pkg.backstage?.features) {
    throw new Error(
      'The packed package.json has no backstage.features; is dist/ built (npm run build)?',
    );
  }
  pkg.name = `${packed.name}-dynamic`;
  pkg.description = `${packed.description} Dynamic plugin: a module-federation remote for Backstage's dynamic feature service and Red Hat Developer Hub.`;
  pkg.main = './dist/remoteEntry.js';
  pkg.files = ['dist'];
  pkg.configSchema = 'dist/.config-schema.json';
  for (const key of [
    'exports',
    'module',
    'types',
    'typesVersions',
    'bin',
    'scripts',
    'dependencies',
    'devDependencies',
    'overrides',
    'allowScripts',
    'prettier',
  ]) {
    delete pkg[key];
  }
  return pkg;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(name => join(dir, name))
    .filter(file => statSync(file).isFile());
}

/** Fails when trimRemote.cjs did not reach the CLI's bundler. */
function checkTrimmed(distDir) {
  const untrimmed = filesUnder(distDir).filter(file =>
    /react-syntax-highlighter_languages|@mf-types/.test(file),
  );
  if (untrimmed.length > 0) {
    throw new Error(
      `The remote was not trimmed (${relative(
        root,
        untrimmed[0],
      )}, …): backstage-cli no longer builds through the rspack() that scripts/dynamic/trimRemote.cjs wraps`,
    );
  }
}

function sizes(distDir) {
  const files = filesUnder(distDir);
  const js = files.filter(f => f.endsWith('.js'));
  const bytes = list => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = list =>
    list.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  const kb = n => `${(n / 1024).toFixed(0)} kB`;
  return `${files.length} files, ${kb(bytes(files))}; JavaScript: ${
    js.length
  } files, ${kb(bytes(js))} (${kb(gzip(js))} gzipped)`;
}

try {
  if (!process.argv.includes('--skip-build')) run('npm', ['run', 'build']);
  const packed = packedPackage();
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    buildRemote(join(outDir, 'dist'));
    rmSync(join(outDir, 'dist', 'mf-stats.json'), { force: true });
    ownConfigSchema(join(outDir, 'dist'), packed.pkg.name);
    writeFileSync(
      join(outDir, 'package.json'),
      `${JSON.stringify(dynamicPackageJson(packed.pkg), null, 2)}\n`,
    );
    packed.copyTo(outDir, ['README.md', 'LICENSE', 'CHANGELOG.md']);
  } finally {
    packed.dispose();
  }
  checkTrimmed(join(outDir, 'dist'));
  run(process.execPath, [
    join(root, 'cli', 'bin', 'persona-docs.js'),
    'validate',
    '--dynamic',
    outDir,
  ]);
  console.log(
    `\ndist-dynamic/dist: ${sizes(join(outDir, 'dist'))}\nbuilt in ${(
      (Date.now() - started) /
      1000
    ).toFixed(0)} s`,
  );
} catch (error) {
  console.error(`\nbuild:dynamic: ${error.message}`);
  process.exit(1);
}
