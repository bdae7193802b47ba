import {
  ApiBlueprint,
  ExtensionDefinition,
  FrontendFeature,
  PageBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import { TechDocsApi } from '@backstage/plugin-techdocs-react';
import { Entity } from '@backstage/catalog-model';
import { DevEntityPage } from './DevEntityPage';
import { devApiFactories, fixtureTechDocsApi } from './devApiFactories';
import { devIdentitySignInPage } from './identity';
import { fixtureCatalogEntities } from './techdocs/catalog';

type DevApiFactories = ReturnType<typeof devApiFactories>;

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

// The TechDocs plugin as is, except that its APIs serve the fixture sites and
// the reader leaves out the in-docs search bar, which needs the search
// plugin's API and backend.
const techdocsWithFixtures = (factories: DevApiFactories) =>
  techdocsPlugin.withOverrides({
    extensions: [
      techdocsPlugin.getExtension('api:techdocs').override({
        params: defineParams => defineParams(factories.techdocs),
      }),
      techdocsPlugin.getExtension('api:techdocs/storage').override({
        params: defineParams => defineParams(factories.techdocsStorage),
      }),
      techdocsPlugin.getExtension('page:techdocs/reader').override({
        factory: (originalFactory, { config }) =>
          originalFactory({ config: { ...config, withoutSearch: true } }),
      }),
    ],
  });

const devAppModule = (
  factories: DevApiFactories,
  extensions: ExtensionDefinition[],
) =>
  createFrontendModule({
    pluginId: 'app',
    extensions: [
      devIdentitySignInPage,
      ...Object.entries(factories.app).map(([name, factory]) =>
        ApiBlueprint.make({
          name,
          params: defineParams => defineParams(factory),
        }),
      ),
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
  const factories = devApiFactories({
    createTechDocsApi: options.createTechDocsApi ?? fixtureTechDocsApi,
    catalogEntities: options.catalogEntities ?? fixtureCatalogEntities,
  });
  return [
    techdocsWithFixtures(factories),
    devAppModule(factories, options.extensions ?? []),
  ];
}
