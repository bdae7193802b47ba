/**
 * @jest-environment node
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readMkDocsProject } from './mkdocsConfig';
import { siteEntityFromCatalogInfo } from './siteEntity';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-mkdocs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('readMkDocsProject', () => {
  it('reads nav, docs_dir and use_directory_urls through INHERIT and Python tags', () => {
    write({
      'base.yml':
        'site_name: Base\nuse_directory_urls: false\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n',
      'site/mkdocs.yml':
        'INHERIT: ../base.yml\nsite_name: Handbook\ndocs_dir: pages\nextra:\n  token: !ENV [TOKEN, none]\nnav:\n  - index.md\n',
      'site/pages/index.md': '# Home',
    });
    expect(readMkDocsProject(join(dir, 'site'))).toEqual({
      configFile: join(dir, 'site', 'mkdocs.yml'),
      siteName: 'Handbook',
      docsDir: join(dir, 'site', 'pages'),
      useDirectoryUrls: false,
      nav: ['index.md'],
    });
  });

  it('says what is wrong with a project it cannot read', () => {
    write({
      'a/mkdocs.yml': 'site_name: [unclosed\n',
      'b/mkdocs.yml': 'site_name: B\n',
      'c/readme.md': '',
    });
    expect(() => readMkDocsProject(join(dir, 'a'))).toThrow(
      /is not valid YAML/,
    );
    expect(() => readMkDocsProject(join(dir, 'b'))).toThrow(
      /docs_dir .*docs is not a folder/,
    );
    expect(() => readMkDocsProject(join(dir, 'c'))).toThrow(
      /no mkdocs\.yml in/,
    );
  });
});

describe('siteEntityFromCatalogInfo', () => {
  it('finds the entity whose TechDocs are the folder itself, among several', () => {
    write({
      'catalog-info.yaml': [
        'kind: API\nmetadata:\n  name: other\n  annotations:\n    backstage.io/techdocs-ref: dir:./elsewhere\n',
        'kind: Component\nmetadata:\n  name: Handbook\n  namespace: docs\n  title: The Handbook\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n',
      ].join('---\n'),
    });
    expect(siteEntityFromCatalogInfo(dir)).toEqual({
      entityRef: 'component:docs/handbook',
      title: 'The Handbook',
    });
    expect(siteEntityFromCatalogInfo(join(dir, 'nowhere'))).toBeUndefined();
  });
});
