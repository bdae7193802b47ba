import { parse } from 'yaml';
import { navFromFiles, readMkDocsNav } from './mkdocsNav';
import { ImportNotes, navPages } from './navTree';

const pages = new Set([
  'index.md',
  'about.md',
  'guide/index.md',
  'guide/install.md',
  'guide/deep/more.md',
]);

describe('readMkDocsNav', () => {
  it('reads every form of nav item', () => {
    const nav = parse(`
- index.md
- About us: about.md
- Guide:
    - guide/index.md
    - Install: ./guide/install.md
    - Deeper:
        - guide/deep/more.md
- Backstage: https://backstage.io
- mailto:docs@example.com
`);
    const notes = new ImportNotes();
    expect(readMkDocsNav(nav, pages, notes)).toEqual([
      { kind: 'page', src: 'index.md' },
      { kind: 'page', src: 'about.md', title: 'About us' },
      {
        kind: 'section',
        title: 'Guide',
        children: [
          { kind: 'page', src: 'guide/index.md' },
          { kind: 'page', src: 'guide/install.md', title: 'Install' },
          {
            kind: 'section',
            title: 'Deeper',
            children: [{ kind: 'page', src: 'guide/deep/more.md' }],
          },
        ],
      },
      { kind: 'link', url: 'https://backstage.io', title: 'Backstage' },
      { kind: 'link', url: 'mailto:docs@example.com' },
    ]);
    expect(notes.list()).toEqual([]);
  });

  it('skips, with a note, pages docs_dir lacks and links the plugin cannot open', () => {
    const notes = new ImportNotes();
    const nav = readMkDocsNav(
      [
        { Gone: 'gone.md' },
        { Relative: '../elsewhere/' },
        { Empty: null },
        42,
        'about.md',
      ],
      pages,
      notes,
    );
    expect(nav).toEqual([{ kind: 'page', src: 'about.md' }]);
    expect(notes.list()).toEqual([
      'nav names gone.md, which is not in docs_dir; skipped',
      'nav links to ../elsewhere/, which is neither a page nor an http(s) or mailto URL; skipped',
      'nav section Empty has no items; skipped',
      'nav item 42 is not a page, link or section; skipped',
    ]);
  });

  it('reads a mapping of sections as MkDocs does', () => {
    const nav = readMkDocsNav(
      { Start: 'index.md', Guide: ['guide/install.md'] },
      pages,
      new ImportNotes(),
    );
    expect(navPages(nav)).toEqual(['index.md', 'guide/install.md']);
  });
});

describe('navFromFiles', () => {
  it('builds the nav MkDocs builds from the files: a section per folder, titled from its name', () => {
    expect(
      navFromFiles([
        'index.md',
        'a.md',
        'user-guides/index.md',
        'user-guides/deep_dive/x.md',
        'API/y.md',
      ]),
    ).toEqual([
      { kind: 'page', src: 'index.md' },
      { kind: 'page', src: 'a.md' },
      {
        kind: 'section',
        title: 'User guides',
        children: [
          { kind: 'page', src: 'user-guides/index.md' },
          {
            kind: 'section',
            title: 'Deep dive',
            children: [{ kind: 'page', src: 'user-guides/deep_dive/x.md' }],
          },
        ],
      },
      {
        kind: 'section',
        title: 'API',
        children: [{ kind: 'page', src: 'API/y.md' }],
      },
    ]);
  });
});
