#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Proves the dynamic plugin check on real builds, for CI:
 *
 *   npm run build:dynamic && npm run check:dynamic
 *
 *   1. `validate --dynamic dist-dynamic` passes the package build:dynamic
 *      made;
 *   2. it fails a copy without backstage.features, and one declaring the
 *      plugin as a backend feature, naming which;
 *   3. it fails a remote that backstage-cli built with React and React DOM
 *      bundled instead of shared (trimRemote.cjs's
 *      PERSONA_DOCS_REMOTE_UNSHARE), naming React.
 *
 * Each failing case must exit 1 with its message; anything else fails this.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRemote } from './dynamic/buildRemote.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dynamicDir = join(root, 'dist-dynamic');
const tmp = mkdtempSync(join(tmpdir(), 'persona-docs-check-'));

function validate(dir) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'cli', 'bin', 'persona-docs.js'),
      'validate',
      '--dynamic',
      dir,
    ],
    { encoding: 'utf8' },
  );
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** A copy of dist-dynamic with its package.json changed by `change`. */
function variant(name, change) {
  const dir = join(tmp, name);
  cpSync(dynamicDir, dir, { recursive: true });
  const file = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  change(pkg);
  writeFileSync(file, JSON.stringify(pkg, null, 2));
  return dir;
}

function expectFailure(what, dir, message) {
  const { code, out } = validate(dir);
  if (code !== 1 || !message.test(out)) {
    throw new Error(
      `validate --dynamic should fail ${what} (exit 1, ${message}); it exited ${code}:\n${out}`,
    );
  }
  console.log(`✓ ${what}: ${out.split('\n')[0]}`);
}

try {
  if (!existsSync(join(dynamicDir, 'package.json'))) {
    throw new Error('No dist-dynamic: run `npm run build:dynamic` first');
  }
  const good = validate(dynamicDir);
  if (good.code !== 0) {
    throw new Error(`dist-dynamic fails the check:\n${good.out}`);
  }
  console.log(`✓ dist-dynamic passes: ${good.out.trim()}`);

  expectFailure(
    'without backstage.features',
    variant('no-features', pkg => delete pkg.backstage.features),
    /features: package\.json has no backstage\.features/,
  );
  expectFailure(
    'with the plugin declared as a backend feature',
    variant('wrong-type', pkg => {
      pkg.backstage.features['./alpha'] = '@backstage/BackendFeature';
    }),
    /declares \.\/alpha as "@backstage\/BackendFeature"/,
  );

  const bundled = variant('react-bundled', () => {});
  rmSync(join(bundled, 'dist'), { recursive: true });
  buildRemote(join(bundled, 'dist'), {
    PERSONA_DOCS_REMOTE_UNSHARE: 'react,react-dom',
  });
  cpSync(
    join(dynamicDir, 'dist', '.config-schema.json'),
    join(bundled, 'dist', '.config-schema.json'),
  );
  expectFailure(
    'with React bundled into the remote',
    bundled,
    /singleton: react is bundled into the remote/,
  );
} catch (error) {
  console.error(`\ncheck:dynamic: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
