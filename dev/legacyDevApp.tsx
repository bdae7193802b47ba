import {
  attachComponentData,
  configApiRef,
  createApiFactory,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import type { DevAppBuilder } from '@backstage/dev-utils';
import {
  MockStarredEntitiesApi,
  entityPresentationApiRef,
  entityRouteRef,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  TechDocsIndexPage,
  TechDocsReaderPage,
  TechDocsReaderPageContent,
  TechDocsReaderPageHeader,
  TechDocsReaderPageSubheader,
  techdocsPlugin,
} from '@backstage/plugin-techdocs';
import {
  techdocsApiRef,
  techdocsStorageApiRef,
} from '@backstage/plugin-techdocs-react';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { DevEntityPage } from './DevEntityPage';
import { signInAsDevIdentity } from './identity';
import { createNoBackendFetchApi } from './noBackendFetchApi';
import { FixtureEntityPresentationApi } from './techdocs/FixtureEntityPresentationApi';
import { FixtureTechDocsApi } from './techdocs/FixtureTechDocsApi';
import { FixtureTechDocsStorageApi } from './techdocs/FixtureTechDocsStorageApi';
import { fixtureCatalogEntities } from './techdocs/catalog';
import { fixtureSites } from './techdocs/sites';

// Mounted on the catalog's entity route, which entity links (in the TechDocs
// reader header, for one) need in order to render.
const LegacyDevEntityPage = () => <DevEntityPage />;
attachComponentData(LegacyDevEntityPage, 'core.mountPoint', entityRouteRef);

/**
 * Gives a legacy dev app (`createDevApp` of `@backstage/dev-utils`) a
 * backend-free TechDocs world: the dev identity, a fetch API that answers
 * backend requests with 404, the fixture catalog, and the real TechDocs index
 * (`/docs`) and reader (`/docs/:namespace/:kind/:name`) pages serving the
 * fixture sites, and a small entity page (`/catalog/:namespace/:kind/:name`)
 * in place of the catalog plugin's.
 *
 * Add your own pages before calling this, because the first page added
 * becomes the dev app's start page.
 *
 * @public
 */
export function withTechDocsDevWorld(builder: DevAppBuilder): DevAppBuilder {
  return signInAsDevIdentity(builder)
    .registerApi(
      createApiFactory({
        api: fetchApiRef,
        deps: { configApi: configApiRef },
        factory: ({ configApi }) => createNoBackendFetchApi(configApi),
      }),
    )
    .registerPlugin(techdocsPlugin)
    .registerApi(
      createApiFactory({
        api: techdocsApiRef,
        deps: {},
        factory: () =>
          new FixtureTechDocsApi({
            sites: fixtureSites,
            entities: fixtureCatalogEntities,
          }),
      }),
    )
    .registerApi(
      createApiFactory({
        api: techdocsStorageApiRef,
        deps: {},
        factory: () => new FixtureTechDocsStorageApi({ sites: fixtureSites }),
      }),
    )
    .registerApi(catalogApiMock.factory({ entities: fixtureCatalogEntities }))
    .registerApi(
      createApiFactory({
        api: entityPresentationApiRef,
        deps: {},
        factory: () => new FixtureEntityPresentationApi(fixtureCatalogEntities),
      }),
    )
    .registerApi(
      createApiFactory({
        api: starredEntitiesApiRef,
        deps: {},
        factory: () => new MockStarredEntitiesApi(),
      }),
    )
    .addPage({
      path: '/docs',
      title: 'Docs',
      icon: LibraryBooksIcon,
      element: <TechDocsIndexPage />,
    })
    .addPage({
      path: '/docs/:namespace/:kind/:name',
      element: (
        // The default layout has an in-docs search bar, which needs the
        // search plugin's API and backend; this is that layout without it.
        <TechDocsReaderPage>
          <TechDocsReaderPageHeader />
          <TechDocsReaderPageSubheader />
          <TechDocsReaderPageContent withSearch={false} />
        </TechDocsReaderPage>
      ),
    })
    .addPage({
      path: '/catalog/:namespace/:kind/:name',
      element: <LegacyDevEntityPage />,
    });
}
