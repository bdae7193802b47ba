import {
  ApiBlueprint,
  ExtensionDefinition,
  FrontendFeature,
  PageBlueprint,
  configApiRef,
  createFrontendModule,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  MockStarredEntitiesApi,
  entityPresentationApiRef,
  entityRouteRef,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import {
  TechDocsApi,
  techdocsApiRef,
  techdocsStorageApiRef,
} from '@backstage/plugin-techdocs-react';
import { Entity } from '@backstage/catalog-model';
import { DevEntityPage } from './DevEntityPage';
import { devIdentitySignInPage } from './identity';
import { createNoBackendFetchApi } from './noBackendFetchApi';
import { FixtureEntityPresentationApi } from './techdocs/FixtureEntityPresentationApi';
import { FixtureTechDocsApi } from './techdocs/FixtureTechDocsApi';
import { FixtureTechDocsStorageApi } from './techdocs/FixtureTechDocsStorageApi';
import { fixtureCatalogEntities } from './techdocs/catalog';
import { fixtureSites } from './techdocs/sites';

/**
 * What a dev app built on {@link techDocsDevWorldFeatures} may change.
 *
 * @public
 */
export interface TechDocsDevWorldOptions {
  /** The TechDocs API; by default the fixture sites' metadata. */
  createTechDocsApi?: () => TechDocsApi;
  /** The catalog; by default the fixture entities. */
  catalogEntities?: Entity[];
  /** More extensions for the dev app's `app` module, such as extra pages. */
  extensions?: ExtensionDefinition[];
}

const defaultTechDocsApi = () =>
  new FixtureTechDocsApi({
    sites: fixtureSites,
    entities: fixtureCatalogEntities,
  });

// The TechDocs plugin as is, except that its APIs serve the fixture sites and
// the reader leaves out the in-docs search bar, which needs the search
// plugin's API and backend.
const techdocsWithFixtures = (createTechDocsApi: () => TechDocsApi) =>
  techdocsPlugin.withOverrides({
    extensions: [
      techdocsPlugin.getExtension('api:techdocs').override({
        params: defineParams =>
          defineParams({
            api: techdocsApiRef,
            deps: {},
            factory: createTechDocsApi,
          }),
      }),
      techdocsPlugin.getExtension('api:techdocs/storage').override({
        params: defineParams =>
          defineParams({
            api: techdocsStorageApiRef,
            deps: {},
            factory: () =>
              new FixtureTechDocsStorageApi({ sites: fixtureSites }),
          }),
      }),
      techdocsPlugin.getExtension('page:techdocs/reader').override({
        factory: (originalFactory, { config }) =>
          originalFactory({ config: { ...config, withoutSearch: true } }),
      }),
    ],
  });

// App-level pieces that a real app gets from its backend and the catalog
// plugin, neither of which the dev app has.
const devAppModule = (
  catalogEntities: Entity[],
  extensions: ExtensionDefinition[],
) =>
  createFrontendModule({
    pluginId: 'app',
    extensions: [
      devIdentitySignInPage,
      ApiBlueprint.make({
        name: 'fetch',
        params: defineParams =>
          defineParams({
            api: fetchApiRef,
            deps: { configApi: configApiRef },
            factory: ({ configApi }) => createNoBackendFetchApi(configApi),
          }),
      }),
      ApiBlueprint.make({
        name: 'dev-catalog',
        params: defineParams =>
          defineParams(catalogApiMock.factory({ entities: catalogEntities })),
      }),
      ApiBlueprint.make({
        name: 'dev-entity-presentation',
        params: defineParams =>
          defineParams({
            api: entityPresentationApiRef,
            deps: {},
            factory: () => new FixtureEntityPresentationApi(catalogEntities),
          }),
      }),
      ApiBlueprint.make({
        name: 'dev-starred-entities',
        params: defineParams =>
          defineParams({
            api: starredEntitiesApiRef,
            deps: {},
            factory: () => new MockStarredEntitiesApi(),
          }),
      }),
      PageBlueprint.make({
        name: 'dev-entity',
        params: {
          path: '/catalog/:namespace/:kind/:name',
          routeRef: entityRouteRef,
          noHeader: true,
          loader: async () => <DevEntityPage />,
        },
      }),
      ...extensions,
    ],
  });

/**
 * The features that give a new frontend system dev app (`createDevApp` of
 * `@backstage/frontend-dev-utils`) a backend-free TechDocs world: the
 * TechDocs plugin serving the fixture sites at `/docs` and
 * `/docs/:namespace/:kind/:name`, and a module for the `app` plugin with the
 * dev identity's sign-in page, a fetch API that answers backend requests with
 * 404, the fixture catalog and a small entity page at
 * `/catalog/:namespace/:kind/:name`.
 *
 * @public
 */
export function techDocsDevWorldFeatures(
  options: TechDocsDevWorldOptions = {},
): FrontendFeature[] {
  return [
    techdocsWithFixtures(options.createTechDocsApi ?? defaultTechDocsApi),
    devAppModule(
      options.catalogEntities ?? fixtureCatalogEntities,
      options.extensions ?? [],
    ),
  ];
}
