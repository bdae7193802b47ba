/**
 * @jest-environment node
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSidebars } from './loadSidebars';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-sidebars-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'intro.md'), '# Intro');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadSidebars', () => {
  it('loads a TypeScript sidebars file with local imports and computed items', async () => {
    writeFileSync(
      join(dir, 'items.ts'),
      `import { readdirSync } from 'node:fs';\nexport const docs: string[] = readdirSync(__dirname + '/docs').map(f => f.replace(/\\.md$/, ''));\n`,
    );
    writeFileSync(
      join(dir, 'sidebars.ts'),
      `import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';\nimport { docs } from './items';\nconst sidebars: SidebarsConfig = { main: [...docs, { type: 'category', label: 'More', items: [] }] };\nexport default sidebars;\n`,
    );
    await expect(
      loadSidebars(join(dir, 'sidebars.ts'), [join(dir, 'docs')]),
    ).resolves.toEqual({
      main: ['intro', { type: 'category', label: 'More', items: [] }],
    });
  });

  it('gives each ES module its own import.meta.url, as sidebars that list folders use it', async () => {
    mkdirSync(join(dir, 'lists'));
    writeFileSync(
      join(dir, 'lists', 'releases.ts'),
      `import fs from 'node:fs';\nimport path from 'node:path';\nconst docs = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../docs');\nexport const releases = fs.readdirSync(docs).map(f => f.replace(/\\.md$/, ''));\n`,
    );
    writeFileSync(
      join(dir, 'sidebars.ts'),
      `import { releases } from './lists/releases';\nfunction optional(ref: string) { try { return require(ref); } catch { return []; } }\nexport default { docs: { Releases: releases, Api: optional('./docs/api/sidebar.ts') } };\n`,
    );
    await expect(
      loadSidebars(join(dir, 'sidebars.ts'), [join(dir, 'docs')]),
    ).resolves.toEqual({ docs: { Releases: ['intro'], Api: [] } });
  });

  it('loads a CommonJS sidebars.js', async () => {
    writeFileSync(
      join(dir, 'sidebars.js'),
      `module.exports = { docs: { Start: ['intro'] } };\n`,
    );
    await expect(loadSidebars(join(dir, 'sidebars.js'), [])).resolves.toEqual({
      docs: { Start: ['intro'] },
    });
  });

  it('runs the file without write access, child processes or the environment', async () => {
    writeFileSync(
      join(dir, 'sidebars.js'),
      `const fs = require('fs');\nconst tried = {};\ntry { fs.writeFileSync(__dirname + '/written.txt', 'x'); tried.write = 'allowed'; } catch (e) { tried.write = e.code; }\ntry { require('child_process').execSync('true'); tried.exec = 'allowed'; } catch (e) { tried.exec = e.code; }\ntried.env = Object.keys(process.env).length;\nmodule.exports = tried;\n`,
    );
    const result = await loadSidebars(join(dir, 'sidebars.js'), []);
    expect(result).toEqual({
      write: 'ERR_ACCESS_DENIED',
      exec: 'ERR_ACCESS_DENIED',
      env: 0,
    });
    expect(existsSync(join(dir, 'written.txt'))).toBe(false);
  });

  it('cannot read files outside the sidebars and docs folders', async () => {
    writeFileSync(
      join(dir, 'sidebars.js'),
      `let secret; try { secret = require('fs').readFileSync('/etc/hostname', 'utf8'); } catch (e) { secret = e.code; }\nmodule.exports = { secret };\n`,
    );
    await expect(loadSidebars(join(dir, 'sidebars.js'), [])).resolves.toEqual({
      secret: 'ERR_ACCESS_DENIED',
    });
  });

  it('says why a sidebars file that throws could not be loaded', async () => {
    writeFileSync(
      join(dir, 'sidebars.js'),
      `throw new Error('broken sidebar');\n`,
    );
    await expect(loadSidebars(join(dir, 'sidebars.js'), [])).rejects.toThrow(
      /sidebars\.js failed: .*broken sidebar/s,
    );
  });
});
