#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Sets up the dynamic plugins example host (examples/dynamic-host): an app
 * built WITHOUT the persona docs plugin, to which the plugin is then added
 * as an operator adds a dynamic plugin, by putting its package into the
 * backend's dynamic-plugins folder. Nothing is rebuilt to add it.
 *
 *   npm run build:dynamic              # dist-dynamic, the dynamic plugin
 *   npm run examples:dynamic:setup     # install, build, check, plugin
 *
 * Steps, also callable one by one (`node scripts/dynamic-host.mjs <step>...`):
 *   install  `yarn install --immutable` in examples/dynamic-host
 *            (`--update-lock` lets Yarn change yarn.lock)
 *   build    type-check the host and build its frontend
 *   check    no package.json of the host lists the plugin, its built
 *            frontend holds none of the plugin's code, and it carries the
 *            shared dependencies for remotes that backstage-cli writes
 *   plugin   `npm pack` dist-dynamic and unpack it into
 *            examples/dynamic-host/dynamic-plugins-root/, as Red Hat
 *            Developer Hub's installer does with a package it is given
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, yarn } from './lib/yarn.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hostDir = join(root, 'examples', 'dynamic-host');
const dynamicPackageDir = join(root, 'dist-dynamic');
const pluginsRoot = join(hostDir, 'dynamic-plugins-root');
const PLUGIN = 'backstage-plugin-persona-docs';
// backstage-cli's app build defines this global for remotes
// (@backstage/module-federation-common).
const SHARED_GLOBAL = '__@backstage/module_federation_shared_dependencies__';

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name));
}

const steps = {
  install() {
    const immutable = process.argv.includes('--update-lock')
      ? '--no-immutable'
      : '--immutable';
    yarn(hostDir, ['install', immutable]);
  },

  build() {
    yarn(hostDir, ['tsc']);
    yarn(hostDir, ['build']);
  },

  check() {
    for (const workspace of ['.', 'packages/app', 'packages/backend']) {
      const text = readFileSync(join(hostDir, workspace, 'package.json'));
      if (String(text).includes(PLUGIN)) {
        throw new Error(
          `${workspace}/package.json of the host lists ${PLUGIN}`,
        );
      }
    }
    const scripts = filesUnder(join(hostDir, 'packages', 'app', 'dist')).filter(
      file => file.endsWith('.js'),
    );
    const text = scripts.map(file => readFileSync(file, 'utf8')).join('\n');
    // The plugin's package name and a message of its page; the host's own
    // persona probe names only the persona API's id.
    for (const mark of [PLUGIN, 'The documentation that fits who you are']) {
      if (text.includes(mark)) {
        throw new Error(
          `The host's built frontend holds persona docs code (${mark})`,
        );
      }
    }
    if (!text.includes(SHARED_GLOBAL)) {
      throw new Error(
        `The host's built frontend does not define ${SHARED_GLOBAL}: remotes would get no shared React`,
      );
    }
    console.log(
      `dynamic host: built without ${PLUGIN} (${scripts.length} scripts), sharing its singletons with remotes`,
    );
  },

  plugin() {
    if (!existsSync(join(dynamicPackageDir, 'package.json'))) {
      throw new Error('No dist-dynamic: run `npm run build:dynamic` first');
    }
    const tmp = mkdtempSync(join(tmpdir(), 'persona-docs-dynamic-'));
    try {
      const [{ filename, name }] = JSON.parse(
        execFileSync(
          'npm',
          ['pack', dynamicPackageDir, '--json', '--pack-destination', tmp],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        ).toString(),
      );
      const target = join(pluginsRoot, name);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      run('tar', [
        '-xzf',
        join(tmp, filename),
        '-C',
        target,
        '--strip-components=1',
      ]);
      console.log(`dynamic host: ${filename} unpacked into ${target}`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};

const requested = process.argv.slice(2).filter(arg => !arg.startsWith('--'));
const order =
  requested.length > 0 ? requested : ['install', 'build', 'check', 'plugin'];
for (const step of order) {
  if (!(step in steps)) {
    console.error(`Unknown step ${step}; use install, build, check or plugin`);
    process.exit(2);
  }
}
try {
  for (const step of order) steps[step]();
} catch (error) {
  console.error(`\ndynamic host: ${error.message}`);
  process.exit(1);
}
