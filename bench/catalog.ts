import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { mergeCatalogEntities } from '../src/catalog/mergeCatalogEntities';
import { readPersonaDocsConfig } from '../src/config/readPersonaDocsConfig';
import { DocsTreeIndex } from '../src/tree/DocsTreeIndex';
import { timeFilters } from './engine';
import { median, percentile } from './stats';

const PERSONAS = ['user', 'administrator', 'integrator', 'contributor'];
const TEAMS = ['platform', 'payments', 'search', 'mobile', 'data', 'identity'];

/** Result of {@link runCatalogBench}. */
export interface CatalogResult {
  entities: number;
  /** Catalog entries the merge placed in the tree. */
  merged: number;
  /** Median of merging the catalog's answer into the model, ms. */
  mergeMs: number;
  /** Median of indexing the merged model, ms. */
  indexMs: number;
  filterMedianMs: number;
  filterP95Ms: number;
}

/**
 * Entities as the catalog answers the page's one query: with TechDocs, half
 * matched by a group's filter (tag handbook), half placing themselves with
 * the persona-docs/group annotation, a third naming their personas.
 */
export function catalogEntities(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => {
    const team = TEAMS[i % TEAMS.length];
    const annotations: Record<string, string> = {
      'backstage.io/techdocs-ref': 'dir:.',
    };
    if (i % 2 === 1) annotations['persona-docs/group'] = 'team-docs';
    if (i % 3 === 0) {
      annotations['persona-docs/personas'] = PERSONAS[i % PERSONAS.length];
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `${team}-service-${i}`,
        title: `${team} service ${i} handbook`,
        description: `How the ${team} team runs service ${i}: deploying, monitoring, upgrading.`,
        tags: i % 2 === 0 ? ['handbook'] : [],
        annotations,
      },
    };
  });
}

const CONFIG = {
  personaDocs: {
    sections: [
      {
        title: 'Developer Portal',
        entries: [
          { title: 'Getting started', url: '/catalog' },
          {
            id: 'team-docs',
            title: 'Team docs',
            personas: ['administrator', 'integrator', 'contributor'],
            fromCatalog: {
              filter: { kind: 'component', 'metadata.tags': 'handbook' },
            },
          },
        ],
      },
    ],
  },
};

/**
 * A tree filled from the catalog: what the page does once per load with
 * the catalog's answer (merge, index), then filtering and search as the
 * reader types, timed as in {@link runEngineBench}.
 */
export function runCatalogBench(count = 5_000): CatalogResult {
  const entities = catalogEntities(count);
  const model = readPersonaDocsConfig(new ConfigReader(CONFIG));
  const mergeTimes: number[] = [];
  const indexTimes: number[] = [];
  let index: DocsTreeIndex | undefined;
  let merged = 0;
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    const withCatalog = mergeCatalogEntities(model, entities);
    const t1 = performance.now();
    index = DocsTreeIndex.fromModel(withCatalog);
    const t2 = performance.now();
    merged = withCatalog.sections[0].entries[1].children.length;
    if (i > 0) {
      mergeTimes.push(t1 - t0);
      indexTimes.push(t2 - t1);
    }
  }
  const built = index!;
  const samples = timeFilters(built, 1_000);
  return {
    entities: count,
    merged,
    mergeMs: median(mergeTimes),
    indexMs: median(indexTimes),
    filterMedianMs: median(samples),
    filterP95Ms: percentile(samples, 95),
  };
}
