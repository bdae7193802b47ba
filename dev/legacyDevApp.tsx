import { attachComponentData } from '@backstage/core-plugin-api';
import type { DevAppBuilder } from '@backstage/dev-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  TechDocsIndexPage,
  TechDocsReaderPage,
  TechDocsReaderPageContent,
  TechDocsReaderPageHeader,
  TechDocsReaderPageSubheader,
  techdocsPlugin,
} from '@backstage/plugin-techdocs';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { DevEntityPage } from './DevEntityPage';
import { devApiFactories, fixtureTechDocsApi } from './devApiFactories';
import { signInAsDevIdentity } from './identity';
import { fixtureCatalogEntities } from './techdocs/catalog';

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
  const factories = devApiFactories({
    createTechDocsApi: fixtureTechDocsApi,
    catalogEntities: fixtureCatalogEntities,
  });
  let devApp = signInAsDevIdentity(builder)
    .registerPlugin(techdocsPlugin)
    .registerApi(factories.techdocs)
    .registerApi(factories.techdocsStorage);
  for (const factory of Object.values(factories.app)) {
    devApp = devApp.registerApi(factory);
  }
  return devApp
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
