import { CatalogApi } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { catalogRequest, CatalogGroup } from './catalogQuery';

/** Entities read at most, so that a filter matching the world stays cheap. */
export const MAX_CATALOG_ENTITIES = 20_000;
const PAGE_SIZE = 500;

/** What the catalog gave for the groups it fills. */
export interface CatalogEntities {
  entities: Entity[];
  /** True when more entities matched than are read. */
  truncated: boolean;
}

/**
 * Reads every entity the groups may list with one paged catalog query,
 * asking only for the fields the entries need. The catalog answers with
 * the reader's own permissions, so no reader sees an entity they may not.
 */
export async function loadCatalogEntities(
  catalogApi: Pick<CatalogApi, 'queryEntities'>,
  groups: readonly CatalogGroup[],
): Promise<CatalogEntities> {
  const request = catalogRequest(groups);
  if (!request) return { entities: [], truncated: false };
  const entities: Entity[] = [];
  let page = await catalogApi.queryEntities({
    ...request,
    limit: PAGE_SIZE,
  });
  for (;;) {
    entities.push(...(page.items ?? []));
    const cursor = page.pageInfo?.nextCursor;
    if (!cursor) return { entities, truncated: false };
    if (entities.length >= MAX_CATALOG_ENTITIES) {
      return {
        entities: entities.slice(0, MAX_CATALOG_ENTITIES),
        truncated: true,
      };
    }
    page = await catalogApi.queryEntities({
      cursor,
      fields: request.fields,
      limit: PAGE_SIZE,
    });
  }
}
