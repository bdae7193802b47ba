#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Installs this plugin into the example app (examples/app) the way the
 * README tells integrators to, from its packed tarball:
 *
 *   npm run examples:setup   # pack, install, check, type-check and build
 *
 * Steps, also callable one by one (`node scripts/examples.mjs <step>...`):
 *   pack     build the plugin and its command line package, and `npm pack`
 *            both to examples/app/vendor/
 *   install  `yarn install` in examples/app, Yarn coming through corepack
 *   check    exactly one copy of @backstage/frontend-plugin-api, and a
 *            yarn.lock that changed in nothing but the plugin's tarball
 *   build    type-check the example app and build both of its frontends
 *
 * Yarn reads the npm registry configured for npm (`npm config get
 * registry`), so the example installs from the same place as the plugin
 * (scripts/lib/yarn.mjs).
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run, yarn as yarnIn } from './lib/yarn.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const exampleDir = join(root, 'examples', 'app');
const vendorDir = join(exampleDir, 'vendor');
const TARBALLS = {
  '.': 'backstage-plugin-persona-docs.tgz',
  cli: 'backstage-plugin-persona-docs-cli.tgz',
};
// The plugin's and the command line's entries, whose checksums change with
// every pack.
const PLUGIN_LOCK_KEY = /^backstage-plugin-persona-docs(-cli)?@/;

function yarn(args, options = {}) {
  return yarnIn(exampleDir, args, options);
}

function readLock() {
  const file = join(exampleDir, 'yarn.lock');
  return (existsSync(file) && parse(readFileSync(file, 'utf8'))) || undefined;
}

/**
 * The versions of a package that a workspace pulls in, following yarn.lock
 * from the workspace through every dependency.
 */
function versionsInWorkspace(lock, workspace, wanted) {
  const entryOf = new Map();
  for (const [key, entry] of Object.entries(lock)) {
    for (const descriptor of key.split(', ')) entryOf.set(descriptor, entry);
  }
  const start = Object.entries(lock).find(([key]) =>
    key.startsWith(`${workspace}@workspace:`),
  )?.[1];
  if (!start) throw new Error(`No workspace ${workspace} in yarn.lock`);
  const versions = new Set();
  const seen = new Set();
  const queue = [start];
  while (queue.length > 0) {
    const entry = queue.pop();
    if (seen.has(entry)) continue;
    seen.add(entry);
    for (const [name, range] of Object.entries(entry.dependencies ?? {})) {
      const descriptor = `${name}@${
        /^[a-z]+:/.test(range) ? range : `npm:${range}`
      }`;
      const dependency = entryOf.get(descriptor);
      if (!dependency) continue;
      if (name === wanted) versions.add(dependency.version);
      queue.push(dependency);
    }
  }
  return [...versions];
}

const steps = {
  pack() {
    run('npm', ['run', 'build'], { cwd: root });
    rmSync(vendorDir, { recursive: true, force: true });
    mkdirSync(vendorDir, { recursive: true });
    for (const [dir, tarball] of Object.entries(TARBALLS)) {
      const packed = join(vendorDir, 'packing');
      mkdirSync(packed);
      run('npm', ['pack', '--pack-destination', packed], {
        cwd: join(root, dir),
      });
      const [file] = readdirSync(packed);
      renameSync(join(packed, file), join(vendorDir, tarball));
      rmSync(packed, { recursive: true });
    }
  },

  install() {
    const before = readLock();
    // The tarballs are packed anew on every run, so their checksums in
    // yarn.lock change; `check` makes sure nothing else did.
    yarn(['install', '--no-immutable']);
    steps.lockUnchanged(before);
  },

  lockUnchanged(before) {
    if (!before) return;
    const after = readLock();
    const changed = [
      ...new Set([...Object.keys(before), ...Object.keys(after)]),
    ]
      .filter(key => key !== '__metadata' && !PLUGIN_LOCK_KEY.test(key))
      .filter(
        key => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      );
    if (changed.length > 0) {
      throw new Error(
        `examples/app/yarn.lock changed beyond the plugin's tarballs (${changed
          .slice(0, 5)
          .join(', ')}${
          changed.length > 5 ? ', …' : ''
        }). Commit the updated yarn.lock if the change is intended.`,
      );
    }
  },

  check() {
    const lock = readLock();
    const inApp = versionsInWorkspace(
      lock,
      'app',
      '@backstage/frontend-plugin-api',
    );
    if (inApp.length !== 1) {
      throw new Error(
        `The new frontend system app has ${
          inApp.length
        } copies of @backstage/frontend-plugin-api (${inApp.join(
          ', ',
        )}); expected exactly one`,
      );
    }
    console.log(
      `app: one copy of @backstage/frontend-plugin-api (${inApp[0]})`,
    );
    // @backstage/app-defaults, which every legacy app is built with, still
    // depends on frontend-plugin-api 0.18 at Backstage 1.57.
    const inLegacy = versionsInWorkspace(
      lock,
      'app-legacy',
      '@backstage/frontend-plugin-api',
    );
    console.log(
      `app-legacy: @backstage/frontend-plugin-api ${inLegacy.join(', ')}`,
    );
    this.validateCommand();
  },

  // The command line as an integrator runs it from their app: passes the
  // example's config, and fails the config with mistakes with file:line.
  validateCommand() {
    // From the app's root, where the command line is a dev dependency.
    const validate = config =>
      yarn(['persona-docs', 'validate', '--config', config], {
        cwd: exampleDir,
        stdio: 'pipe',
      }).toString();
    console.log(validate('app-config.yaml').trim());
    const mistakes = join(
      root,
      'fixtures',
      'configs',
      'app-config.with-mistakes.yaml',
    );
    let failed;
    try {
      validate(mistakes);
    } catch (error) {
      failed = error;
    }
    const output = String(failed?.stdout ?? '');
    if (
      failed?.status !== 1 ||
      !/with-mistakes\.yaml:\d+:\d+ personaDocs\./.test(output)
    ) {
      throw new Error(
        `validate should exit 1 with file:line problems for the config with mistakes; it exited ${
          failed?.status ?? 0
        }:\n${output}`,
      );
    }
    console.log(
      `validate: ${output.trim().split('\n').pop()} (exit 1, as expected)`,
    );
  },

  build() {
    yarn(['tsc']);
    yarn(['build']);
  },
};

const requested = process.argv.slice(2);
const order =
  requested.length > 0 ? requested : ['pack', 'install', 'check', 'build'];
for (const step of order) {
  if (!(step in steps) || step === 'lockUnchanged') {
    console.error(`Unknown step ${step}; use pack, install, check or build`);
    process.exit(2);
  }
}
try {
  for (const step of order) steps[step]();
} catch (error) {
  console.error(`\nexamples: ${error.message}`);
  process.exit(1);
}
