import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { readModel } from '../__testUtils__/readModel';
import { FlatTree } from '../tree/FlatTree';
import { catalogGroups, catalogRequest } from './catalogQuery';
import {
  loadCatalogEntities,
  MAX_CATALOG_ENTITIES,
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
  const titles = (m: typeof model, id: string) =>
    new FlatTree(m).entries
      .find(e => e.id === id)!
      .children.map(child => child.title);

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
    expect(entities.map(e => e.metadata.name)).toEqual(['a', 'b']);
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
    const page = {
      items: Array.from({ length: 500 }, (_, i) => entity(`e${i}`)),
      pageInfo: { nextCursor: 'more' },
      totalItems: 1e6,
    };
    const catalogApi = { queryEntities: jest.fn(async () => page) };
    const result = await loadCatalogEntities(catalogApi, catalogGroups(model));
    expect(result.truncated).toBe(true);
    expect(result.entities).toHaveLength(MAX_CATALOG_ENTITIES);
  });
});
