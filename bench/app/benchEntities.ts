import {
  ComponentEntity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * How many docs entities the bench app's catalog and TechDocs API serve.
 * The 2,000-entry bench config is generated with this many sites, so its
 * docs entries point into exactly this set.
 */
export const BENCH_DOCS_ENTITIES = 2_000;

/** The group that owns every bench entity, and that the dev user is in. */
export const BENCH_OWNER = 'group:default/platform-team';

const AREAS = [
  'catalog',
  'templates',
  'search',
  'kubernetes',
  'permissions',
  'plugins',
  'authentication',
  'monitoring',
  'deploying',
  'upgrading',
  'testing',
];

/**
 * The name of the i-th bench entity. It must match the names that
 * `generatePersonaDocsConfig` gives its sites (`site-<n>`), which
 * `bench/requests.ts` checks before measuring.
 */
export function benchEntityName(index: number): string {
  return `site-${index}`;
}

/**
 * The bench catalog's docs entities: components with TechDocs, owned by the
 * dev user's group so that the TechDocs index page's default "Owned" filter
 * lists them all. Deterministic: the same count gives the same entities.
 */
export function benchDocsEntities(
  count: number = BENCH_DOCS_ENTITIES,
): ComponentEntity[] {
  return Array.from({ length: count }, (_, index) => {
    const area = AREAS[index % AREAS.length];
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: benchEntityName(index),
        namespace: 'default',
        title: `Site ${index}: ${area} handbook`,
        description: `How the ${area} area works, part ${index}.`,
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        tags: [area],
      },
      spec: {
        type: 'documentation',
        lifecycle: 'production',
        owner: BENCH_OWNER,
      },
      relations: [{ type: RELATION_OWNED_BY, targetRef: BENCH_OWNER }],
    };
  });
}

/** The lowercase `kind:namespace/name` key the bench uses for entity refs. */
export function benchEntityKey(ref: {
  kind: string;
  namespace?: string;
  name: string;
}): string {
  return stringifyEntityRef({
    kind: ref.kind,
    namespace: ref.namespace ?? 'default',
    name: ref.name,
  }).toLocaleLowerCase('en-US');
}
