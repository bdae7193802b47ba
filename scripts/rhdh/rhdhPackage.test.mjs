/*
 * Checks what `npm run package:rhdh` produced in dist-rhdh/ against the
 * examples in rhdh/: `npm run package:rhdh && npm run test:rhdh`.
 *
 * The examples must install the package that was packed (file name and
 * integrity), say nothing else than rhdh/'s examples, configure personaDocs
 * without a mistake, and name only what the package holds: for RHDH 2.x a
 * module-federation remote that passes `validate --dynamic`, for RHDH 1.x a
 * Scalprum bundle whose name is the `dynamicPlugins.frontend` key and whose
 * exposed module exports every `importName`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'dist-rhdh');
const EXAMPLES = ['dynamic-plugins.rhdh-1.yaml', 'dynamic-plugins.rhdh-2.yaml'];
const cli = join(root, 'cli', 'bin', 'persona-docs.js');

let tmp;
let tarball;
let packageDir;
const produced = {};

before(() => {
  [tarball] = readdirSync(outDir).filter(f => f.endsWith('.tgz'));
  assert.ok(tarball, 'no .tgz in dist-rhdh: run npm run package:rhdh');
  tmp = mkdtempSync(join(tmpdir(), 'persona-docs-rhdh-test-'));
  const tar = spawnSync('tar', ['-xzf', join(outDir, tarball), '-C', tmp]);
  assert.equal(tar.status, 0, String(tar.stderr));
  packageDir = join(tmp, 'package');
  for (const name of EXAMPLES) {
    produced[name] = parse(readFileSync(join(outDir, name), 'utf8'));
  }
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const pluginOf = name => produced[name].plugins[0];

/** The import names the exposed module's exports define, per webpack call. */
function exportLists(chunkText) {
  return [...chunkText.matchAll(/\.d\([\w$]+,\{([^}]*)\}/g)].map(([, body]) =>
    [...body.matchAll(/([\w$]+):\(\)=>/g)].map(([, name]) => name),
  );
}

describe('the dynamic-plugins.yaml examples', () => {
  EXAMPLES.forEach(name => {
    it(`${name} installs the packed package with its integrity`, () => {
      const plugin = pluginOf(name);
      const digest = createHash('sha512')
        .update(readFileSync(join(outDir, tarball)))
        .digest('base64');
      assert.equal(plugin.integrity, `sha512-${digest}`);
      assert.ok(plugin.package.endsWith(`/${tarball}`), plugin.package);
      assert.equal(plugin.disabled, false);
    });

    it(`${name} says what rhdh/${name} says, but for the package and integrity`, () => {
      const withoutPackage = doc => {
        const copy = structuredClone(doc);
        delete copy.plugins[0].package;
        delete copy.plugins[0].integrity;
        return stringify(copy);
      };
      const example = parse(readFileSync(join(root, 'rhdh', name), 'utf8'));
      assert.equal(withoutPackage(produced[name]), withoutPackage(example));
    });

    it(`${name} configures personaDocs without a mistake`, () => {
      const config = join(tmp, `${name}.app-config.yaml`);
      writeFileSync(
        config,
        stringify({ personaDocs: pluginOf(name).pluginConfig.personaDocs }),
      );
      const run = spawnSync(
        process.execPath,
        [cli, 'validate', '--config', config],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stdout + run.stderr);
    });
  });
});

describe('the package', () => {
  it('declares its plugin in backstage.features and serves RHDH 2.x a remote that passes validate --dynamic', () => {
    const pkg = JSON.parse(
      readFileSync(join(packageDir, 'package.json'), 'utf8'),
    );
    assert.deepEqual(pkg.backstage.features, {
      './alpha': '@backstage/FrontendPlugin',
    });
    const run = spawnSync(
      process.execPath,
      [cli, 'validate', '--dynamic', packageDir],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('serves RHDH 1.x a Scalprum bundle exporting every importName the example names', () => {
    const scalprum = join(packageDir, 'dist-scalprum');
    const manifest = JSON.parse(
      readFileSync(join(scalprum, 'plugin-manifest.json'), 'utf8'),
    );
    const frontend = pluginOf('dynamic-plugins.rhdh-1.yaml').pluginConfig
      .dynamicPlugins.frontend;
    assert.deepEqual(Object.keys(frontend), [manifest.name]);
    for (const script of manifest.loadScripts) {
      assert.ok(existsSync(join(scalprum, script)), script);
    }
    const wiring = frontend[manifest.name];
    const imports = [
      ...wiring.dynamicRoutes,
      ...wiring.mountPoints,
      ...wiring.techdocsAddons,
      ...wiring.translationResources,
    ];
    // Every import comes from the default module, PluginRoot.
    assert.deepEqual(
      imports.filter(i => i.module && i.module !== 'PluginRoot'),
      [],
    );
    const [exposed] = readdirSync(join(scalprum, 'static')).filter(f =>
      /^exposed-PluginRoot\..*\.js$/.test(f),
    );
    assert.ok(exposed, 'no exposed-PluginRoot chunk in dist-scalprum/static');
    const lists = exportLists(
      readFileSync(join(scalprum, 'static', exposed), 'utf8'),
    );
    const names = imports.map(i => i.importName);
    assert.ok(
      lists.some(list => names.every(n => list.includes(n))),
      `PluginRoot exports none of the lists holding all of ${names.join(
        ', ',
      )}: ${JSON.stringify(lists)}`,
    );
  });

  it('carries the personaDocs config schema for both generations', () => {
    for (const file of [
      'dist/.config-schema.json',
      'dist-scalprum/configSchema.json',
    ]) {
      const text = readFileSync(join(packageDir, file), 'utf8');
      assert.match(text, /"personaDocs"/, file);
    }
  });
});
