import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { readModel } from '../__testUtils__/readModel';
import { PersonaDocsModel } from '../model/types';
import { FlatTree } from '../tree/FlatTree';
import { catalogGroups, catalogRequest } from './catalogQuery';
import {
  loadCatalogEntities,
  MAX_CATALOG_ENTITIES,
  MAX_CATALOG_PAGES,
} from './loadCatalogEntities';
import { matchesFilter, valuesAt } from './matchFilter';
import { mergeCatalogEntities } from './mergeCatalogEntities';

function entity(
  name: string,
  options: {
    type?: string;
    tags?: string[];
    annotations?: Record<string, string>;
    title?: string;
    docs?: boolean;
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title: options.title,
      description: `About ${name}`,
      tags: options.tags,
      annotations: {
        ...(options.docs !== false && { 'backstage.io/techdocs-ref': 'dir:.' }),
        ...options.annotations,
      },
    },
    spec: { type: options.type ?? 'service', owner: 'team-a' },
  };
}

/** The titles of a group's children in a merged model. */
const titles = (m: PersonaDocsModel, id: string) =>
  new FlatTree(m).entries
    .find(e => e.id === id)!
    .children.map(child => child.title);

const model = readModel({
  builtInPersonas: false,
  personas: [
    { id: 'user', title: 'End User' },
    { id: 'administrator', title: 'Administrator' },
  ],
  sections: [
    {
      id: 'portal',
      title: 'Portal',
      entries: [
        {
          id: 'handbooks',
          title: 'Team handbooks',
          personas: ['user'],
          fromCatalog: {
            filter: { kind: 'component', 'spec.type': ['documentation'] },
          },
          children: [{ title: 'Writing a handbook', url: '/handbook' }],
        },
        { id: 'runbooks', title: 'Runbooks', fromCatalog: true },
        { title: 'Plain', url: '/plain' },
      ],
    },
  ],
});

describe('catalogRequest', () => {
  it('asks once for the filters’ entities with TechDocs and for every annotated one', () => {
    const request = catalogRequest(catalogGroups(model))!;
    expect(request.filter).toEqual([
      { 'metadata.annotations.persona-docs/group': CATALOG_FILTER_EXISTS },
      {
        kind: ['component'],
        'spec.type': ['documentation'],
        'metadata.annotations.backstage.io/techdocs-ref': CATALOG_FILTER_EXISTS,
      },
      {
        kind: ['component'],
        'spec.type': ['documentation'],
        'metadata.annotations.backstage.io/techdocs-entity':
          CATALOG_FILTER_EXISTS,
      },
    ]);
    expect(request.fields).toEqual(
      expect.arrayContaining([
        'metadata.title',
        'metadata.annotations',
        'spec.type',
      ]),
    );
    expect(request.fields).not.toContain('spec');
  });

  it('asks nothing when no group is filled from the catalog', () => {
    const plain = readModel({
      sections: [{ title: 'S', entries: [{ title: 'A', url: '/a' }] }],
    });
    expect(catalogRequest(catalogGroups(plain))).toBeUndefined();
  });
});

describe('matchesFilter', () => {
  const docs = entity('guide', {
    type: 'Documentation',
    tags: ['handbook', 'ops'],
    annotations: { 'backstage.io/techdocs-entity': 'component:default/x' },
  });
  it.each([
    [{ kind: ['component'] }, true],
    [{ 'spec.type': ['documentation'] }, true],
    [{ 'spec.type': ['library', 'documentation'] }, true],
    [{ 'spec.type': ['library'] }, false],
    [{ 'metadata.tags': ['ops'] }, true],
    [{ 'metadata.tags': ['missing'] }, false],
    [{ 'metadata.annotations.backstage.io/techdocs-entity': true }, true],
    [{ 'metadata.annotations.backstage.io/other': true }, false],
    [{ kind: ['component'], 'spec.owner': ['team-b'] }, false],
  ] as const)('%j matches: %s', (filter, expected) => {
    expect(matchesFilter(docs, filter as any)).toBe(expected);
  });

  it('reads annotation keys that hold dots and slashes', () => {
    expect(
      valuesAt(docs, 'metadata.annotations.backstage.io/techdocs-ref'),
    ).toEqual(['dir:.']);
  });
});

describe('mergeCatalogEntities', () => {
  it('lists filtered and annotated entities after the configured children, by title', () => {
    const merged = mergeCatalogEntities(model, [
      entity('zeta-handbook', { type: 'documentation' }),
      entity('alpha-handbook', {
        type: 'documentation',
        title: 'Alpha handbook',
      }),
      entity('pager', {
        annotations: { 'persona-docs/group': 'runbooks' },
      }),
      entity('service-without-placement'),
    ]);
    expect(titles(merged, 'handbooks')).toEqual([
      'Writing a handbook',
      'Alpha handbook',
      'zeta-handbook',
    ]);
    expect(titles(merged, 'runbooks')).toEqual(['pager']);
    expect(merged.problems).toEqual([]);
    // The configured model is untouched; only changed branches are copies.
    expect(titles(model, 'handbooks')).toEqual(['Writing a handbook']);
    expect(merged.sections[0].entries[2]).toBe(model.sections[0].entries[2]);
  });

  it('makes entries for the entity’s own site, with stable ids, for the annotated personas', () => {
    const merged = mergeCatalogEntities(model, [
      entity('pager', {
        annotations: {
          'persona-docs/group': 'runbooks',
          'persona-docs/personas': 'administrator, boss',
        },
      }),
    ]);
    const [entry] = merged.sections[0].entries[1].children;
    expect(entry).toMatchObject({
      id: 'runbooks/component-default-pager',
      title: 'pager',
      description: 'About pager',
      personas: ['administrator'],
      fromEntity: 'component:default/pager',
      target: { type: 'techdocs', kind: 'Component', name: 'pager' },
    });
    expect(merged.problems.map(p => p.text)).toEqual([
      'component:default/pager (annotation persona-docs/personas): unknown persona "boss"; known: user, administrator; persona ignored',
    ]);
    const flat = new FlatTree(merged);
    const pagerIndex = flat.indexOf(entry);
    expect(flat.visibility('administrator').shown[pagerIndex]).toBe(1);
    expect(flat.visibility('user').shown[pagerIndex]).toBe(0);
  });

  it('inherits the group’s personas when the entity names none', () => {
    const merged = mergeCatalogEntities(model, [
      entity('guide', { type: 'documentation' }),
    ]);
    const flat = new FlatTree(merged);
    const guide = merged.sections[0].entries[0].children[1];
    expect(flat.visibility('user').shown[flat.indexOf(guide)]).toBe(1);
    expect(flat.visibility('administrator').shown[flat.indexOf(guide)]).toBe(0);
  });

  it('reports annotations naming no such group, or entities without docs', () => {
    const merged = mergeCatalogEntities(model, [
      entity('lost', { annotations: { 'persona-docs/group': 'nowhere' } }),
      entity('plain', {
        docs: false,
        annotations: { 'persona-docs/group': 'runbooks' },
      }),
    ]);
    expect(merged.problems.map(p => p.text)).toEqual([
      'component:default/lost (annotation persona-docs/group): names the group "nowhere", which is no group with fromCatalog; entity not listed',
      'component:default/plain (annotation persona-docs/group): the entity has no TechDocs (backstage.io/techdocs-ref); entity not listed',
    ]);
    expect(titles(merged, 'runbooks')).toEqual([]);
  });
});

describe('loadCatalogEntities', () => {
  it('follows the pages of one query, asking only for the needed fields', async () => {
    const pages = [
      { items: [entity('a')], pageInfo: { nextCursor: 'two' }, totalItems: 2 },
      { items: [entity('b')], pageInfo: {}, totalItems: 2 },
    ];
    const catalogApi = { queryEntities: jest.fn(async () => pages.shift()!) };
    const { entities, truncated } = await loadCatalogEntities(
      catalogApi,
      catalogGroups(model),
    );
    expect(entities.map(e => (e as Entity).metadata.name)).toEqual(['a', 'b']);
    expect(truncated).toBe(false);
    const calls = catalogApi.queryEntities.mock.calls as any[];
    expect(calls[0][0]).toMatchObject({
      limit: 500,
      fields: expect.any(Array),
    });
    expect(calls[1][0]).toEqual({
      cursor: 'two',
      fields: calls[0][0].fields,
      limit: 500,
    });
  });

  it('stops at the limit, saying so', async () => {
    let page = 0;
    const catalogApi = {
      queryEntities: jest.fn(async () => ({
        items: Array.from({ length: 500 }, (_, i) => entity(`e${page}-${i}`)),
        pageInfo: { nextCursor: `page-${++page}` },
        totalItems: 1e6,
      })),
    };
    const result = await loadCatalogEntities(catalogApi, catalogGroups(model));
    expect(result).toMatchObject({ truncated: true, endless: false });
    expect(result.entities).toHaveLength(MAX_CATALOG_ENTITIES);
  });

  it('leaves a catalog whose cursor never ends after a bounded number of pages', async () => {
    let page = 0;
    const catalogApi = {
      queryEntities: jest.fn(async () => ({
        items: [],
        pageInfo: { nextCursor: `empty-${++page}` },
        totalItems: 0,
      })),
    };
    const result = await loadCatalogEntities(catalogApi, catalogGroups(model));
    expect(result).toMatchObject({ truncated: true, endless: true });
    expect(catalogApi.queryEntities).toHaveBeenCalledTimes(MAX_CATALOG_PAGES);
  });

  it('stops when the catalog hands out a cursor a second time', async () => {
    const catalogApi = {
      queryEntities: jest.fn(async () => ({
        items: [entity('loop')],
        pageInfo: { nextCursor: 'same' },
        totalItems: 1,
      })),
    };
    const result = await loadCatalogEntities(catalogApi, catalogGroups(model));
    expect(result.endless).toBe(true);
    expect(catalogApi.queryEntities).toHaveBeenCalledTimes(2);
  });

  it('fails on an answer that is not a page, and reads odd pages as empty', async () => {
    await expect(
      loadCatalogEntities(
        { queryEntities: async () => 'oops' as any },
        catalogGroups(model),
      ),
    ).rejects.toThrow('not a page');
    const odd = await loadCatalogEntities(
      { queryEntities: async () => ({ items: 'x', pageInfo: 7 } as any) },
      catalogGroups(model),
    );
    expect(odd).toEqual({ entities: [], truncated: false, endless: false });
  });
});

describe('the catalog answer, untrusted', () => {
  const groupTitles = (items: unknown[]) =>
    titles(mergeCatalogEntities(model, items), 'runbooks');
  const annotated = (name: string, extra: object = {}) => {
    const e = entity(name, {
      annotations: { 'persona-docs/group': 'runbooks' },
    }) as any;
    return { ...e, metadata: { ...e.metadata, ...extra } };
  };

  it('lists an entity sent twice once, however often it repeats', () => {
    const again = Array.from({ length: 5_000 }, () => annotated('twice'));
    const merged = mergeCatalogEntities(model, [annotated('once'), ...again]);
    expect(titles(merged, 'runbooks')).toEqual(['once', 'twice']);
    expect(merged.problems).toEqual(model.problems);
  });

  it('uses the name when the title is not text, and drops a description that is not', () => {
    const merged = mergeCatalogEntities(model, [
      annotated('odd', { title: { html: '<b>x</b>' }, description: ['x'] }),
    ]);
    const entry = new FlatTree(merged).entries.find(e =>
      e.id.endsWith('component-default-odd'),
    )!;
    expect(entry.title).toBe('odd');
    expect(entry.description).toBeUndefined();
  });

  it('ignores annotations that are not text', () => {
    const odd = annotated('odd', {
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'persona-docs/group': ['runbooks'],
      },
    });
    expect(groupTitles([odd])).toEqual([]);
  });

  it.each([
    ['a name with a slash', { name: 'a/../../settings' }],
    ['a name with a colon', { name: 'evil:thing' }],
    ['a name that is not text', { name: 42 }],
    ['a namespace with a slash', { namespace: '../x' }],
    ['no metadata at all', undefined],
  ])('reports and leaves out %s, keeping the others', (_case, metadata) => {
    const bad =
      metadata === undefined
        ? { kind: 'Component' }
        : annotated('bad', metadata);
    const merged = mergeCatalogEntities(model, [bad, annotated('good')]);
    expect(titles(merged, 'runbooks')).toEqual(['good']);
    expect(merged.problems.map(p => p.message)).toEqual([
      expect.stringMatching(/; entity not listed$/),
    ]);
  });
});
