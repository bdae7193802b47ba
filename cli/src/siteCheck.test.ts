/**
 * @jest-environment node
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  checkSites,
  pageKey,
  parseSiteOption,
  readSitePages,
} from './siteCheck';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-site-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const block = (
  paths: (string | undefined)[],
  docs = 'component:default/handbook',
) => ({
  sections: [
    {
      title: 'S',
      entries: paths.map(path => ({
        title: 'x',
        docs,
        ...(path !== undefined && { path }),
      })),
    },
  ],
});

describe('pageKey and parseSiteOption', () => {
  it('compares page paths as TechDocs serves them', () => {
    expect(
      [
        'admin/install/',
        '/admin/install',
        'admin/install/#db',
        'admin/install/index.html',
      ].map(pageKey),
    ).toEqual(Array(4).fill('admin/install'));
    expect(pageKey('')).toBe('');
    expect(pageKey('index.html')).toBe('');
    expect(pageKey('a%20b/')).toBe('a b');
  });

  it('reads an optional entity ref before the path', () => {
    expect(
      parseSiteOption('Component:default/Handbook=docs/mkdocs.yml'),
    ).toEqual({
      entity: 'component:default/handbook',
      path: 'docs/mkdocs.yml',
    });
    expect(parseSiteOption('site')).toEqual({ path: 'site' });
  });
});

describe('checkSites', () => {
  beforeEach(() =>
    write({
      'site/mkdocs.yml':
        'site_name: H\nnav:\n  - index.md\n  - Guide:\n      - guide/index.md\n      - guide/a.md\n      - guide/b.md\n',
      'site/catalog-info.yaml':
        'kind: Component\nmetadata:\n  name: handbook\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n',
      'site/docs/index.md': '# H',
      'site/docs/guide/index.md': '# G',
      'site/docs/guide/a.md': '# A',
      'site/docs/guide/b.md': '# B',
      'site/docs/guide/not-in-nav.md': '# Off',
    }),
  );

  it('lists pages of the nav no entry reaches, with their source file', () => {
    const site = readSitePages('site', dir);
    expect(
      checkSites(block([undefined, 'guide/', 'guide/a/#x']), [site], dir),
    ).toEqual([
      {
        key: 'component:default/handbook guide/b/',
        message: 'no entry reaches this page',
        file: 'site/docs/guide/b.md',
      },
    ]);
    expect(
      checkSites(block([undefined, 'guide/', 'guide/a/']), [site], dir, [
        'guide/b.md',
      ]),
    ).toEqual([]);
  });

  it('lists entries whose page is gone or left the nav, and ignores entries of other sites', () => {
    const site = readSitePages('site/mkdocs.yml', dir);
    const personaDocs = block([
      undefined,
      'guide/',
      'guide/a/',
      'guide/b/',
      'guide/gone/',
      'guide/not-in-nav/',
    ]);
    personaDocs.sections[0].entries.push({
      title: 'other',
      docs: 'component:default/other',
      path: 'nope/',
    } as any);
    expect(checkSites(personaDocs, [site], dir)).toEqual([
      {
        key: 'personaDocs.sections[0].entries[4].path',
        message:
          'component:default/handbook has no page guide/gone/ (site/mkdocs.yml); the page was moved or removed',
      },
      {
        key: 'personaDocs.sections[0].entries[5].path',
        message: 'guide/not-in-nav/ left the nav of site/mkdocs.yml',
      },
    ]);
  });

  it('reads a built site, naming its entity from where TechDocs publishes it', () => {
    write({
      'published/default/component/handbook/index.html': '',
      'published/default/component/handbook/guide/a/index.html': '',
      'published/default/component/handbook/404.html': '',
      'published/default/component/handbook/techdocs_metadata.json': '{}',
    });
    const site = readSitePages('published/default/component/handbook', dir);
    expect(site.entityRef).toBe('component:default/handbook');
    expect(checkSites(block([undefined]), [site], dir)).toEqual([
      expect.objectContaining({
        key: 'component:default/handbook guide/a/',
        file: 'published/default/component/handbook/guide/a/index.html',
      }),
    ]);
    expect(() => readSitePages('site/docs', dir)).toThrow(
      /name the site's entity, as --site <entity-ref>=site\/docs/,
    );
  });
});
