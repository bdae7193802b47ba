import { CatalogApi } from '@backstage/catalog-client';
import { catalogRequest, CatalogGroup } from './catalogQuery';

/** Entities read at most, so that a filter matching the world stays cheap. */
export const MAX_CATALOG_ENTITIES = 20_000;
const PAGE_SIZE = 500;
/**
 * Pages asked for at most. Pages may come back short (the catalog filters
 * each by the reader's permissions), so this leaves room beyond
 * MAX_CATALOG_ENTITIES / PAGE_SIZE; a catalog whose cursor never ends is
 * left after this many.
 */
export const MAX_CATALOG_PAGES = 100;

/** What the catalog gave for the groups it fills. */
export interface CatalogEntities {
  /** The items as the catalog sent them, unchecked. */
  entities: unknown[];
  /** True when more entities matched than are read. */
  truncated: boolean;
  /**
   * True when the catalog kept sending pages (a cursor repeated, or more
   * than MAX_CATALOG_PAGES), so reading stopped.
   */
  endless: boolean;
}

/**
 * Reads every entity the groups may list with one paged catalog query,
 * asking only for the fields the entries need. The catalog answers with
 * the reader's own permissions, so no reader sees an entity they may not.
 * Its answers are not trusted to end: paging is bounded.
 */
export async function loadCatalogEntities(
  catalogApi: Pick<CatalogApi, 'queryEntities'>,
  groups: readonly CatalogGroup[],
): Promise<CatalogEntities> {
  const request = catalogRequest(groups);
  if (!request) return { entities: [], truncated: false, endless: false };
  const entities: unknown[] = [];
  const cursors = new Set<string>();
  let page: unknown = await catalogApi.queryEntities({
    ...request,
    limit: PAGE_SIZE,
  });
  for (let pages = 1; ; pages++) {
    const { items, cursor } = readPage(page);
    for (const item of items) entities.push(item);
    if (entities.length >= MAX_CATALOG_ENTITIES) {
      return {
        entities: entities.slice(0, MAX_CATALOG_ENTITIES),
        truncated:
          cursor !== undefined || entities.length > MAX_CATALOG_ENTITIES,
        endless: false,
      };
    }
    if (cursor === undefined) {
      return { entities, truncated: false, endless: false };
    }
    if (cursors.has(cursor) || pages >= MAX_CATALOG_PAGES) {
      return { entities, truncated: true, endless: true };
    }
    cursors.add(cursor);
    page = await catalogApi.queryEntities({
      cursor,
      fields: request.fields,
      limit: PAGE_SIZE,
    });
  }
}

/** A page's items and next cursor, whatever shape the answer has. */
function readPage(page: unknown): { items: unknown[]; cursor?: string } {
  if (typeof page !== 'object' || page === null) {
    throw new Error('the catalog answered with something that is not a page');
  }
  const { items, pageInfo } = page as {
    items?: unknown;
    pageInfo?: { nextCursor?: unknown };
  };
  const cursor = pageInfo?.nextCursor;
  return {
    items: Array.isArray(items) ? items : [],
    cursor: typeof cursor === 'string' && cursor !== '' ? cursor : undefined,
  };
}
