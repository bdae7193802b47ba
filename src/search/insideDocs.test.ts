import { SearchResult } from '@backstage/plugin-search-common';
import { readModel } from '../__testUtils__/readModel';
import { FlatTree } from '../tree/FlatTree';
import {
  excerpt,
  groupInsideResults,
  insideQueries,
  matchesTerm,
  MAX_FILTERED_SITES,
  parseHighlight,
  sitesOf,
} from './insideDocs';

const flat = new FlatTree(
  readModel({
    sections: [
      {
        id: 'portal',
        title: 'Portal',
        entries: [
          {
            title: 'Installing',
            personas: ['administrator'],
            docs: 'component:default/Handbook',
            path: 'admin/installing/',
          },
          {
            title: 'Handbook',
            personas: ['administrator'],
            docs: 'component:default/handbook',
          },
          {
            title: 'User guide',
            personas: ['user'],
            docs: 'guide',
            path: 'start/',
          },
          { title: 'Plugins', url: '/plugins' },
        ],
      },
    ],
  }),
);

function page(
  kind: string,
  namespace: string,
  name: string,
  path: string,
  type = 'techdocs',
): SearchResult {
  return {
    type,
    document: {
      title: `${name} ${path}`,
      text: `About ${path}`,
      location: `/docs/${namespace}/${kind}/${name}/${path}`,
      kind,
      namespace,
      name,
      path,
    } as any,
  };
}

describe('sitesOf', () => {
  it.each([
    ['administrator', ['component:default/handbook']],
    ['user', ['component:default/guide']],
    ['all', ['component:default/handbook', 'component:default/guide']],
  ])('lists each site %s sees once, lowercased', (persona, expected) => {
    expect(
      sitesOf(flat, persona).map(s => `${s.kind}:${s.namespace}/${s.name}`),
    ).toEqual(expected);
  });
});

describe('insideQueries', () => {
  const site = (name: string) => ({
    kind: 'component',
    namespace: 'default',
    name,
  });

  it('asks once per site, with filters every engine honours', () => {
    expect(insideQueries('database', [site('a'), site('b')])).toEqual([
      expect.objectContaining({
        term: 'database',
        types: ['techdocs'],
        filters: { kind: 'component', namespace: 'default', name: 'a' },
      }),
      expect.objectContaining({
        filters: { kind: 'component', namespace: 'default', name: 'b' },
      }),
    ]);
  });

  it('asks once for all TechDocs when the persona has many sites', () => {
    const many = Array.from({ length: MAX_FILTERED_SITES + 1 }, (_, i) =>
      site(`s${i}`),
    );
    const queries = insideQueries('database', many);
    expect(queries).toHaveLength(1);
    expect(queries[0].filters).toBeUndefined();
  });

  it.each([
    ['an empty term', '  ', [site('a')]],
    ['no sites', 'database', []],
  ])('asks nothing for %s', (_name, term, sites) => {
    expect(insideQueries(term, sites)).toEqual([]);
  });
});

describe('groupInsideResults', () => {
  const admin = sitesOf(flat, 'administrator');

  it('groups pages under the most specific entry, in tree order', () => {
    const groups = groupInsideResults(flat, 'administrator', admin, 'about', [
      page('component', 'default', 'handbook', 'admin/upgrading/'),
      page('component', 'default', 'handbook', 'admin/installing/#database'),
      page('component', 'default', 'handbook', 'admin/installing/#auth'),
    ]);
    expect(groups.map(g => [g.entry?.title, g.pages.map(p => p.path)])).toEqual(
      [
        [
          'Installing',
          ['admin/installing/#database', 'admin/installing/#auth'],
        ],
        ['Handbook', ['admin/upgrading/']],
      ],
    );
  });

  it('drops pages of sites the persona does not see, and other result types', () => {
    const groups = groupInsideResults(flat, 'administrator', admin, 'about', [
      page('component', 'default', 'guide', 'start/'),
      page('component', 'default', 'handbook', 'admin/', 'software-catalog'),
      page('component', 'other', 'handbook', 'admin/'),
    ]);
    expect(groups).toEqual([]);
  });

  it('keeps each page once when queries overlap', () => {
    const result = page('component', 'default', 'handbook', 'admin/x/');
    const groups = groupInsideResults(flat, 'administrator', admin, 'about', [
      result,
      result,
    ]);
    expect(groups[0].pages).toHaveLength(1);
  });

  it('puts pages no entry covers under their site, after the entries', () => {
    const user = sitesOf(flat, 'user');
    const groups = groupInsideResults(flat, 'user', user, 'about', [
      page('component', 'default', 'guide', 'elsewhere/'),
      page('component', 'default', 'guide', 'start/#one'),
    ]);
    expect(groups.map(g => [g.entry?.title, g.site.name])).toEqual([
      ['User guide', 'guide'],
      [undefined, 'guide'],
    ]);
  });

  it('ignores documents with missing or odd fields', () => {
    const odd = { type: 'techdocs', document: { title: 1 } } as any;
    expect(
      groupInsideResults(flat, 'administrator', admin, 'about', [odd]),
    ).toEqual([]);
  });

  it.each([
    '../../../settings',
    '..%2F..%2Fsettings',
    '%2e%2e/%2e%2e/settings',
    '%252e%252e/%252e%252e/settings',
    '..\\..\\settings',
    'admin/..%5C..%5Csettings',
    // eslint-disable-next-line no-script-url -- a hostile path, on purpose
    'javascript:alert(1)',
  ])('drops a page whose path %s leaves its site, keeping the others', path => {
    const groups = groupInsideResults(flat, 'administrator', admin, 'about', [
      page('component', 'default', 'handbook', path),
      page('component', 'default', 'handbook', 'admin/upgrading/'),
    ]);
    expect(groups.flatMap(g => g.pages.map(p => p.path))).toEqual([
      'admin/upgrading/',
    ]);
  });

  it('drops a malformed result alone', () => {
    const malformed = [
      null,
      'text',
      { type: 'techdocs' },
      { type: 'techdocs', document: null },
      { type: 'techdocs', document: 'x' },
      {
        ...page('component', 'default', 'handbook', 'admin/x/'),
        highlight: { preTag: 1, fields: 'all' },
      },
    ];
    const groups = groupInsideResults(flat, 'administrator', admin, 'about', [
      ...malformed,
      page('component', 'default', 'handbook', 'admin/upgrading/'),
    ]);
    expect(groups.flatMap(g => g.pages.map(p => p.path))).toEqual([
      'admin/x/',
      'admin/upgrading/',
    ]);
  });
});

describe('matchesTerm', () => {
  const doc = { title: 'Installing', text: 'Configure the database first.' };
  const highlight = (fields: Record<string, string>) => ({
    preTag: '<m>',
    postTag: '</m>',
    fields,
  });

  it.each([
    [
      'highlights in the text',
      highlight({ text: 'the <m>database</m>' }),
      'database',
      true,
    ],
    [
      'highlights in the title',
      highlight({ title: '<m>Installing</m>' }),
      'install',
      true,
    ],
    // Backstage's Lunr engine returns every page of a filtered site.
    [
      'highlights only in filtered fields',
      highlight({ name: '<m>handbook</m>' }),
      'database',
      false,
    ],
    ['no highlights, the word in the text', undefined, 'Database', true],
    ['no highlights, another ending', undefined, 'configuring', true],
    [
      'no highlights, one word missing',
      undefined,
      'database kubernetes',
      false,
    ],
  ])('%s: %s', (_name, given, term, expected) => {
    expect(matchesTerm(doc, given, term)).toBe(expected);
  });
});

describe('parseHighlight and excerpt', () => {
  it('turns tagged matches into ranges', () => {
    expect(parseHighlight('a <m>b</m> c <m>d</m>', '<m>', '</m>')).toEqual({
      text: 'a b c d',
      ranges: [
        { start: 2, end: 3 },
        { start: 6, end: 7 },
      ],
    });
  });

  it('keeps text whose tags do not close as it is', () => {
    expect(parseHighlight('a <m>b', '<m>', '</m>')).toEqual({
      text: 'a <m>b',
      ranges: [],
    });
  });

  it('cuts a long text around its first match, keeping the match marked', () => {
    const text = `${'x'.repeat(500)}match${'y'.repeat(500)}`;
    const cut = excerpt({ text, ranges: [{ start: 500, end: 505 }] }, 100);
    expect(cut.text.length).toBeLessThanOrEqual(102);
    const [range] = cut.ranges;
    expect(cut.text.slice(range.start, range.end)).toBe('match');
  });
});
