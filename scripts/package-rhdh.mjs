#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Packages the plugin for Red Hat Developer Hub: one package,
 * backstage-plugin-persona-docs-dynamic, laid out as RHDH's own CLI lays
 * out a frontend plugin exported for both of its frontends, and an example
 * dynamic-plugins.yaml for each RHDH generation.
 *
 *   npm run package:rhdh    # → dist-rhdh/
 *
 *   dist/           the module-federation remote build:dynamic makes, which
 *                   RHDH 2.x (new frontend system) loads;
 *   dist-scalprum/  the Scalprum bundle `@red-hat-developer-hub/cli plugin
 *                   export` builds (rhdh/cli pins it), which RHDH 1.x
 *                   (legacy frontend system) loads; trimmed like the remote.
 *
 * dist-rhdh/ then holds the packed .tgz and dynamic-plugins.rhdh-1.yaml and
 * dynamic-plugins.rhdh-2.yaml: rhdh/'s examples with the package's file name
 * and integrity filled in. `npm run test:rhdh` checks them against the
 * package.
 *
 * The RHDH CLI runs with the npm registry pointed nowhere: it must build
 * offline. Options: --skip-build uses the dist-dynamic build:dynamic made.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dynamicDir = join(root, 'dist-dynamic');
const outDir = join(root, 'dist-rhdh');
const cliDir = join(root, 'rhdh', 'cli');
const rhdhCli = join(
  cliDir,
  'node_modules/@red-hat-developer-hub/cli/bin/rhdh-cli',
);
const TRIM = join(root, 'scripts', 'dynamic', 'trimRemote.cjs');
const UNREACHABLE = 'http://127.0.0.1:9/';

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return execFileSync(command, args, {
    stdio: 'inherit',
    cwd: root,
    ...options,
  });
}

/**
 * The RHDH CLI compiles config.d.ts more strictly than Backstage (no type
 * aliases), so it reads the schema build:dynamic compiled instead, through
 * a package.json that names it; the file is restored afterwards.
 */
function withCompiledSchema(compiled, action) {
  const packageFile = join(root, 'package.json');
  const schemaFile = join(root, '.rhdh-config.schema.json');
  const original = readFileSync(packageFile);
  writeFileSync(schemaFile, JSON.stringify(compiled.schemas[0].value));
  const pkg = JSON.parse(original);
  pkg.configSchema = '.rhdh-config.schema.json';
  writeFileSync(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
  try {
    return action();
  } finally {
    writeFileSync(packageFile, original);
    rmSync(schemaFile, { force: true });
  }
}

/** The Scalprum bundle, built by the RHDH CLI into its own dist-dynamic. */
function exportScalprum(target) {
  if (!existsSync(rhdhCli)) run('npm', ['ci'], { cwd: cliDir });
  const compiled = JSON.parse(
    readFileSync(join(dynamicDir, 'dist', '.config-schema.json'), 'utf8'),
  );
  const aside = join(root, '.dist-dynamic-mf');
  rmSync(aside, { recursive: true, force: true });
  renameSync(dynamicDir, aside);
  try {
    withCompiledSchema(compiled, () =>
      run(
        process.execPath,
        [
          rhdhCli,
          'plugin',
          'export',
          '--no-generate-module-federation-assets',
          '--clean',
        ],
        {
          env: {
            ...process.env,
            npm_config_registry: UNREACHABLE,
            YARN_NPM_REGISTRY_SERVER: UNREACHABLE,
            YARN_ENABLE_NETWORK: '0',
            // The same trimming as the remote's, on the CLI's webpack.
            NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${TRIM}`]
              .filter(Boolean)
              .join(' '),
          },
        },
      ),
    );
    renameSync(join(dynamicDir, 'dist-scalprum'), target);
    const untrimmed = readdirSync(join(target, 'static')).filter(f =>
      f.includes('react-syntax-highlighter_languages'),
    );
    if (untrimmed.length > 0) {
      throw new Error(
        `The Scalprum bundle was not trimmed (${untrimmed[0]}, …): trimRemote.cjs no longer reaches the RHDH CLI's webpack`,
      );
    }
  } finally {
    rmSync(dynamicDir, { recursive: true, force: true });
    renameSync(aside, dynamicDir);
  }
}

/** rhdh/'s example with the packed file's name and integrity. */
function writeExample(name, tarball, integrity) {
  const doc = parseDocument(readFileSync(join(root, 'rhdh', name), 'utf8'));
  const plugin = doc.get('plugins').items[0];
  plugin.set(
    'package',
    plugin
      .get('package')
      .replace(/backstage-plugin-persona-docs-dynamic-[^/]+\.tgz$/, tarball),
  );
  plugin.set('integrity', integrity);
  writeFileSync(
    join(outDir, name),
    doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
  );
}

try {
  if (!process.argv.includes('--skip-build')) {
    run('npm', ['run', 'build:dynamic']);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'persona-docs-rhdh-'));
  try {
    exportScalprum(join(tmp, 'dist-scalprum'));
    const packageDir = join(tmp, 'package');
    cpSync(dynamicDir, packageDir, { recursive: true });
    cpSync(join(tmp, 'dist-scalprum'), join(packageDir, 'dist-scalprum'), {
      recursive: true,
    });
    const pkgFile = join(packageDir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    pkg.files = ['dist', 'dist-scalprum'];
    writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const [{ filename, integrity }] = JSON.parse(
      execFileSync(
        'npm',
        ['pack', packageDir, '--json', '--pack-destination', outDir],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      ).toString(),
    );
    for (const name of [
      'dynamic-plugins.rhdh-1.yaml',
      'dynamic-plugins.rhdh-2.yaml',
    ]) {
      writeExample(name, filename, integrity);
    }
    console.log(`\ndist-rhdh/${filename}\nintegrity: ${integrity}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} catch (error) {
  console.error(`\npackage:rhdh: ${error.message}`);
  process.exit(1);
}
