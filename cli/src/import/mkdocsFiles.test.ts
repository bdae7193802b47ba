/**
 * @jest-environment node
 */
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileTitle, isIndexFile, listDocsPages, pageUrl } from './mkdocsFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function touch(...paths: string[]) {
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), '# x\n');
  }
}

describe('listDocsPages', () => {
  it('lists pages in the order MkDocs does: index first, files before folders, folders by name', () => {
    touch(
      'zeta.md',
      'alpha.markdown',
      'index.md',
      'b/README.md',
      'b/a.md',
      'a/index.md',
      'a/z.md',
      'a/sub/x.md',
      'image.png',
      'page.html',
    );
    expect(listDocsPages(dir)).toEqual([
      'index.md',
      'alpha.markdown',
      'zeta.md',
      'a/index.md',
      'a/z.md',
      'a/sub/x.md',
      'b/README.md',
      'b/a.md',
    ]);
  });

  it('skips what MkDocs skips: hidden files and folders, a top-level templates folder, README beside index', () => {
    touch(
      'index.md',
      'README.md',
      '.hidden.md',
      '.git/x.md',
      'templates/t.md',
      'guide/templates/kept.md',
    );
    expect(listDocsPages(dir)).toEqual(['index.md', 'guide/templates/kept.md']);
  });

  it('follows symlinked folders as MkDocs does, without looping', () => {
    touch('index.md', 'real/page.md');
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    expect(listDocsPages(dir)).toEqual([
      'index.md',
      'linked/page.md',
      'real/page.md',
    ]);
  });
});

describe('pageUrl', () => {
  it('gives the paths MkDocs builds, with and without directory URLs', () => {
    expect(pageUrl('index.md', true)).toBe('');
    expect(pageUrl('admin/index.md', true)).toBe('admin/');
    expect(pageUrl('admin/README.md', true)).toBe('admin/');
    expect(pageUrl('admin/install.md', true)).toBe('admin/install/');
    expect(pageUrl('admin/install.md', false)).toBe('admin/install.html');
    expect(pageUrl('admin/index.md', false)).toBe('admin/index.html');
    expect(pageUrl('index.md', false)).toBe('index.html');
    expect(pageUrl('a b/it’s (new).md', true)).toBe(
      'a%20b/it%E2%80%99s%20%28new%29/',
    );
  });
});

describe('titles', () => {
  it('derives a title from the file name as MkDocs does', () => {
    expect(fileTitle('index.md')).toBe('Home');
    expect(fileTitle('admin/getting_started-now.md')).toBe(
      'Getting started now',
    );
    expect(fileTitle('admin/GitHub-apps.md')).toBe('GitHub apps');
    expect(fileTitle('admin/index.md')).toBe('Index');
    expect(isIndexFile('a/README.md')).toBe(true);
    expect(isIndexFile('a/indexes.md')).toBe(false);
  });
});
