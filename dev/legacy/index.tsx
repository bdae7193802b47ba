/*
 * The legacy frontend system dev app (`npm run start:legacy`): an app as
 * integrators built them before the new frontend system, with the persona
 * docs page mounted on a route and the core plugins it works with, talking
 * to the dev backend (dev/backend).
 */
import { createApp } from '@backstage/app-defaults';
import { AppRouter, FlatRoutes } from '@backstage/core-app-api';
import {
  Content,
  Header,
  Page,
  Sidebar,
  SidebarItem,
  SidebarPage,
  SignInPage,
} from '@backstage/core-components';
import {
  configApiRef,
  createApiFactory,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  identityApiRef,
  storageApiRef,
} from '@backstage/core-plugin-api';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  EntityAboutCard,
  EntityLayout,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import { HomepageCompositionRoot } from '@backstage/plugin-home';
import {
  EntityTechdocsContent,
  TechDocsIndexPage,
  TechDocsReaderPage,
  techdocsPlugin,
} from '@backstage/plugin-techdocs';
import { TechDocsAddons } from '@backstage/plugin-techdocs-react';
import {
  ScmIntegrationsApi,
  scmIntegrationsApiRef,
} from '@backstage/integration-react';
import { SearchPage } from '@backstage/plugin-search';
import {
  SettingsLayout,
  UserSettingsPage,
  UserSettingsStorage,
} from '@backstage/plugin-user-settings';
import Grid from '@material-ui/core/Grid';
import CategoryIcon from '@material-ui/icons/Category';
import HomeIcon from '@material-ui/icons/Home';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import SearchIcon from '@material-ui/icons/Search';
import SettingsIcon from '@material-ui/icons/Settings';
import ReactDOM from 'react-dom/client';
import { Navigate, Route } from 'react-router-dom';
// This dev app is an app: core plugins draw parts of their pages with
// Backstage UI, whose styles an app loads once.
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import {
  EntityPersonaDocsCard,
  HomePagePersonaDocsCard,
  PersonaDocsPage,
  PersonaDocsSettings,
  PersonaDocsTechDocsAddon,
  personaDocsPlugin,
} from '../../src';

const app = createApp({
  apis: [
    // The TechDocs reader resolves edit links through the SCM integrations.
    createApiFactory({
      api: scmIntegrationsApiRef,
      deps: { configApi: configApiRef },
      factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
    }),
    // The reader's persona is stored through the user-settings backend, as
    // in a real portal, rather than in the browser's local storage.
    createApiFactory({
      api: storageApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        errorApi: errorApiRef,
        identityApi: identityApiRef,
      },
      factory: deps => UserSettingsStorage.create(deps),
    }),
  ],
  plugins: [personaDocsPlugin],
  // The plugin ships these languages; readers pick one in Settings.
  __experimentalTranslations: {
    availableLanguages: ['en', 'de', 'fr', 'es', 'ja'],
  },
  components: {
    SignInPage: props => <SignInPage {...props} providers={['guest']} />,
  },
  bindRoutes({ bind }) {
    bind(catalogPlugin.externalRoutes, {});
    bind(personaDocsPlugin.externalRoutes, {
      viewTechDoc: techdocsPlugin.routes.docRoot,
    });
  },
});

const entityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        <Grid item md={6} xs={12}>
          <EntityAboutCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityPersonaDocsCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
    <EntityLayout.Route path="/docs" title="Docs">
      <EntityTechdocsContent />
    </EntityLayout.Route>
  </EntityLayout>
);

const routes = (
  <FlatRoutes>
    <Route path="/" element={<Navigate to="docs-by-persona" />} />
    <Route path="/home" element={<HomepageCompositionRoot />}>
      <Page themeId="home">
        <Header title="Home" />
        <Content>
          <Grid container spacing={3}>
            <Grid item xs={12} md={6}>
              <HomePagePersonaDocsCard />
            </Grid>
          </Grid>
        </Content>
      </Page>
    </Route>
    <Route path="/docs-by-persona" element={<PersonaDocsPage />} />
    <Route path="/catalog" element={<CatalogIndexPage />} />
    <Route
      path="/catalog/:namespace/:kind/:name"
      element={<CatalogEntityPage />}
    >
      {entityPage}
    </Route>
    <Route path="/docs" element={<TechDocsIndexPage />} />
    <Route
      path="/docs/:namespace/:kind/:name/*"
      element={<TechDocsReaderPage />}
    >
      <TechDocsAddons>
        <PersonaDocsTechDocsAddon />
      </TechDocsAddons>
    </Route>
    <Route path="/search" element={<SearchPage />} />
    <Route path="/settings" element={<UserSettingsPage />}>
      <SettingsLayout.Route path="/persona" title="Persona">
        <PersonaDocsSettings />
      </SettingsLayout.Route>
    </Route>
  </FlatRoutes>
);

const App = app.createRoot(
  <>
    <AppRouter>
      <SidebarPage>
        <Sidebar>
          <SidebarItem icon={HomeIcon} to="home" text="Home" />
          <SidebarItem
            icon={LibraryBooksIcon}
            to="docs-by-persona"
            text="Docs by persona"
          />
          <SidebarItem icon={CategoryIcon} to="catalog" text="Catalog" />
          <SidebarItem icon={MenuBookIcon} to="docs" text="Docs" />
          <SidebarItem icon={SearchIcon} to="search" text="Search" />
          <SidebarItem icon={SettingsIcon} to="settings" text="Settings" />
        </Sidebar>
        {routes}
      </SidebarPage>
    </AppRouter>
  </>,
);

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
