/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "fc.assert"] }] */
import { ConfigReader } from '@backstage/config';
import fc from 'fast-check';
import { readPersonaDocsConfig } from '../../../src/config/readPersonaDocsConfig';
import { isValidId } from '../../../src/config/ids';
import { stableId } from './generatedIds';
import { GeneratedEntry, mapNav, MapOptions, PageInfo } from './mapNav';
import { pageUrl } from './mkdocsFiles';
import { NavItem } from './navTree';

const ORDER = [
  'user',
  'administrator',
  'integrator',
  'contributor',
  'business-stakeholder',
];

function options(
  nav: NavItem[],
  pages: Record<string, Partial<PageInfo>>,
  extra: Partial<MapOptions> = {},
): MapOptions {
  return {
    nav,
    pages: new Map(
      Object.entries(pages).map(([src, info]) => [
        src,
        { title: `T ${src}`, ...info },
      ]),
    ),
    pageUrl: src => pageUrl(src, true),
    entityRef: 'component:default/handbook',
    idPrefix: 'handbook',
    siteTitle: 'Handbook',
    splitTopLevel: false,
    personaOrder: ORDER,
    ...extra,
  };
}

const page = (src: string, title?: string): NavItem => ({
  kind: 'page',
  src,
  ...(title && { title }),
});
const section = (title: string, children: NavItem[]): NavItem => ({
  kind: 'section',
  title,
  children,
});

describe('mapNav', () => {
  it('maps pages, sections opening their index page, and links', () => {
    const result = mapNav(
      options(
        [
          page('index.md'),
          section('Guides', [
            page('guides/index.md'),
            page('guides/install.md', 'Installing'),
            section('Deeper', [page('guides/deep/x.md')]),
          ]),
          { kind: 'link', title: 'Backstage', url: 'https://backstage.io' },
        ],
        {
          'index.md': { title: 'Welcome', description: 'Start here.' },
          'guides/index.md': { description: 'All guides.' },
          'guides/install.md': {},
          'guides/deep/x.md': {},
        },
      ),
    );
    expect(result).toEqual([
      {
        id: 'handbook',
        title: 'Handbook',
        entries: [
          {
            id: 'handbook-home',
            title: 'Welcome',
            description: 'Start here.',
            docs: 'component:default/handbook',
          },
          {
            id: 'handbook-guides',
            title: 'Guides',
            description: 'All guides.',
            docs: 'component:default/handbook',
            path: 'guides/',
            children: [
              {
                id: 'handbook-guides-install',
                title: 'Installing',
                docs: 'component:default/handbook',
                path: 'guides/install/',
              },
              {
                id: 'handbook-nav-guides-deeper',
                title: 'Deeper',
                children: [
                  {
                    id: 'handbook-guides-deep-x',
                    title: 'T guides/deep/x.md',
                    docs: 'component:default/handbook',
                    path: 'guides/deep/x/',
                  },
                ],
              },
            ],
          },
          {
            id: 'handbook-link-backstage',
            title: 'Backstage',
            url: 'https://backstage.io',
          },
        ],
      },
    ]);
  });

  it('writes personas only where they differ from the parent, and keeps an index page for other personas apart', () => {
    const [{ entries }] = mapNav(
      options(
        [
          section('Admin', [
            page('admin/index.md'),
            page('admin/a.md'),
            page('admin/b.md'),
            page('admin/untagged.md'),
          ]),
          section('Mixed', [
            page('mixed/index.md'),
            page('mixed/ops.md'),
            page('mixed/dev.md'),
          ]),
          page('everyone.md'),
        ],
        {
          'admin/index.md': {},
          'admin/a.md': { personas: ['administrator'] },
          'admin/b.md': { personas: ['administrator'] },
          'admin/untagged.md': {},
          'mixed/index.md': { personas: ['administrator'] },
          'mixed/ops.md': { personas: ['administrator'] },
          'mixed/dev.md': { personas: ['integrator'] },
          'everyone.md': {},
        },
      ),
    );
    const personas = (list: GeneratedEntry[]): unknown =>
      list.map(e => [
        e.id,
        e.personas ?? '-',
        ...(e.children ? [personas(e.children)] : []),
      ]);
    expect(personas(entries)).toEqual([
      [
        'handbook-admin',
        ['administrator'],
        [
          ['handbook-admin-a', '-'],
          ['handbook-admin-b', '-'],
          ['handbook-admin-untagged', '-'],
        ],
      ],
      [
        'handbook-nav-mixed',
        ['administrator', 'integrator'],
        [
          ['handbook-mixed', ['administrator']],
          ['handbook-mixed-ops', ['administrator']],
          ['handbook-mixed-dev', ['integrator']],
        ],
      ],
      ['handbook-everyone', '-'],
    ]);
  });

  it('makes sections of top-level nav sections, and moves pages to the sections rules give', () => {
    const result = mapNav(
      options(
        [
          page('index.md'),
          section('Framework', [
            page('fw/index.md'),
            page('fw/a.md'),
            section('Security', [page('fw/sec.md')]),
          ]),
          section('Portal', [page('p/a.md')]),
        ],
        {
          'index.md': {},
          'fw/index.md': {},
          'fw/a.md': {},
          'fw/sec.md': { section: 'Security' },
          'p/a.md': {},
        },
        { splitTopLevel: true },
      ),
    );
    expect(
      result.map(s => [
        s.title,
        s.entries.map(e => [e.id, e.children?.map(c => c.id)]),
      ]),
    ).toEqual([
      ['Handbook', [['handbook-home', undefined]]],
      [
        'Framework',
        [
          ['handbook-fw', undefined],
          ['handbook-fw-a', undefined],
        ],
      ],
      // The page keeps its groups in the section a rule moved it to.
      [
        'Security',
        [['handbook-nav-framework', ['handbook-nav-framework-security']]],
      ],
      ['Portal', [['handbook-p-a', undefined]]],
    ]);
  });

  it('keeps ids valid and unique for long paths and pages listed twice', () => {
    const long = `${'very-long-folder-name/'.repeat(5)}page.md`;
    const [{ entries }] = mapNav(
      options([page(long), page(long), page('a-b.md'), page('a/b.md')], {
        [long]: {},
        'a-b.md': {},
        'a/b.md': {},
      }),
    );
    const ids = entries.map(e => e.id);
    expect(ids.every(isValidId)).toBe(true);
    expect(ids[0]).toMatch(/^handbook-very-long-folder-name-.*-[0-9a-f]{8}$/);
    expect(ids[1]).toBe(`${ids[0].slice(0, 61).replace(/-+$/, '')}-2`);
    expect(ids.slice(2)).toEqual(['handbook-a-b', 'handbook-a-b-2']);
  });
});

// ---------------------------------------------------------------------------
// Any nav: the plugin reads the result without problems, and each page with
// personas of its own is shown to exactly those personas.

const srcs = [
  'index.md',
  'a.md',
  'b/index.md',
  'b/c.md',
  'b/d.md',
  'e/f.md',
  'e/index.md',
  'g.md',
];
const navArb: fc.Arbitrary<NavItem[]> = fc.letrec<{ items: NavItem[] }>(
  tie => ({
    items: fc.array(
      fc.oneof(
        {
          weight: 3,
          arbitrary: fc.constantFrom(...srcs).map(src => page(src)),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('https://x.example', 'mailto:a@b.c')
            .map(url => ({ kind: 'link' as const, url })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom('One', 'Two', 'Three'), tie('items'))
            .map(([t, c]) => section(t, c as NavItem[])),
        },
      ),
      { maxLength: 5, depthIdentifier: 'nav' },
    ),
  }),
).items;
const infoArb = fc.dictionary(
  fc.constantFrom(...srcs),
  fc.record({
    personas: fc.option(fc.subarray(ORDER, { minLength: 1 }), {
      nil: undefined,
    }),
  }),
);

describe('mapNav properties', () => {
  it('writes what the plugin reads without problems, with every page shown to its own personas', () => {
    fc.assert(
      fc.property(navArb, infoArb, fc.boolean(), (nav, info, split) => {
        const pages = Object.fromEntries(
          srcs.map(src => [src, { ...info[src] }]),
        );
        const sections = mapNav(options(nav, pages, { splitTopLevel: split }));
        // Through JSON, as the block reaches the page through YAML.
        const data = JSON.parse(JSON.stringify({ personaDocs: { sections } }));
        const model = readPersonaDocsConfig(new ConfigReader(data));
        expect(model.problems).toEqual([]);
        const wrong: unknown[] = [];
        const check = (entries: GeneratedEntry[], parent: string[]) => {
          for (const entry of entries) {
            const own = entry.personas ?? parent;
            // A parent gates its children: it must be shown to theirs.
            if (own.some(id => !parent.includes(id)))
              wrong.push(['gated', entry.id]);
            const src = srcs.find(
              s => pageUrl(s, true) === (entry.path ?? '') && entry.docs,
            );
            const wanted = src && pages[src].personas;
            const same =
              [...own].sort().join() === [...(wanted ?? [])].sort().join();
            if (wanted && !entry.children && !same)
              wrong.push([entry.id, own, wanted]);
            check(entry.children ?? [], own);
          }
        };
        for (const s of sections) check(s.entries, ORDER);
        expect(wrong).toEqual([]);
      }),
    );
  });
});

describe('stableId', () => {
  it('keeps the whole path when it fits, and hashes long ones apart', () => {
    expect(stableId(['handbook', 'Guides/Café_setup'])).toBe(
      'handbook-guides-cafe-setup',
    );
    const a = stableId([
      'acme-handbook',
      'developer-portal/administrator-guides/deploying-the-event-bus',
    ]);
    const b = stableId([
      'acme-handbook',
      'developer-portal/administrator-guides/deploying-templates',
    ]);
    expect(a).not.toBe(b);
    expect([a, b].every(id => isValidId(id))).toBe(true);
    expect(a).toMatch(
      /^acme-handbook-developer-portal-administrator-guides-[0-9a-f]{8}$/,
    );
  });
});
