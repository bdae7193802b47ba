import {
  AnyApiFactory,
  configApiRef,
  createApiFactory,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  MockStarredEntitiesApi,
  entityPresentationApiRef,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  TechDocsApi,
  techdocsApiRef,
  techdocsStorageApiRef,
} from '@backstage/plugin-techdocs-react';
import { createNoBackendFetchApi } from './noBackendFetchApi';
import { FixtureEntityPresentationApi } from './techdocs/FixtureEntityPresentationApi';
import { FixtureTechDocsApi } from './techdocs/FixtureTechDocsApi';
import { FixtureTechDocsStorageApi } from './techdocs/FixtureTechDocsStorageApi';
import { fixtureCatalogEntities } from './techdocs/catalog';
import { fixtureSites } from './techdocs/sites';

/**
 * The TechDocs API of the dev apps: the fixture sites' metadata.
 *
 * @public
 */
export const fixtureTechDocsApi = (): TechDocsApi =>
  new FixtureTechDocsApi({
    sites: fixtureSites,
    entities: fixtureCatalogEntities,
  });

/**
 * The API factories that let both dev apps run without a backend. Each
 * frontend system registers them in its own way; the factories are the same.
 *
 * @public
 */
export function devApiFactories(options: {
  createTechDocsApi: () => TechDocsApi;
  catalogEntities: Entity[];
}) {
  const { createTechDocsApi, catalogEntities } = options;
  /**
   * App-level pieces that a real app gets from its backend and the catalog
   * plugin, neither of which the dev apps have; keyed by extension name.
   */
  const app: Record<string, AnyApiFactory> = {
    fetch: createApiFactory({
      api: fetchApiRef,
      deps: { configApi: configApiRef },
      factory: ({ configApi }) => createNoBackendFetchApi(configApi),
    }),
    'dev-catalog': catalogApiMock.factory({ entities: catalogEntities }),
    'dev-entity-presentation': createApiFactory({
      api: entityPresentationApiRef,
      deps: {},
      factory: () => new FixtureEntityPresentationApi(catalogEntities),
    }),
    'dev-starred-entities': createApiFactory({
      api: starredEntitiesApiRef,
      deps: {},
      factory: () => new MockStarredEntitiesApi(),
    }),
  };
  return {
    /** TechDocs metadata. */
    techdocs: createApiFactory({
      api: techdocsApiRef,
      deps: {},
      factory: createTechDocsApi,
    }),
    /** The pages of the fixture sites, for the TechDocs reader. */
    techdocsStorage: createApiFactory({
      api: techdocsStorageApiRef,
      deps: {},
      factory: () => new FixtureTechDocsStorageApi({ sites: fixtureSites }),
    }),
    app,
  };
}
