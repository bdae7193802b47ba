import { createApp } from '@backstage/app-defaults';
import { AppRouter, FlatRoutes } from '@backstage/core-app-api';
import { Content, Header, Page, SignInPage } from '@backstage/core-components';
import { HomepageCompositionRoot } from '@backstage/plugin-home';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import { SearchPage } from '@backstage/plugin-search';
import {
  TechDocsIndexPage,
  TechDocsReaderPage,
  techdocsPlugin,
} from '@backstage/plugin-techdocs';
import { TechDocsAddons } from '@backstage/plugin-techdocs-react';
import {
  SettingsLayout,
  UserSettingsPage,
} from '@backstage/plugin-user-settings';
import Grid from '@material-ui/core/Grid';
import { Navigate, Route } from 'react-router-dom';
import {
  HomePagePersonaDocsCard,
  PersonaDocsPage,
  PersonaDocsSettings,
  PersonaDocsTechDocsAddon,
  personaDocsPlugin,
} from 'backstage-plugin-persona-docs';
import { apis } from './apis';
import { entityPage } from './components/catalog/EntityPage';
import { Root } from './components/Root/Root';

const app = createApp({
  apis,
  // The languages the persona docs plugin ships; readers pick one in
  // Settings.
  __experimentalTranslations: {
    availableLanguages: ['en', 'de', 'fr', 'es', 'ja'],
  },
  components: {
    SignInPage: props => <SignInPage {...props} providers={['guest']} />,
  },
  bindRoutes({ bind }) {
    bind(catalogPlugin.externalRoutes, {});
    // Optional: this is what happens by default when TechDocs is installed.
    bind(personaDocsPlugin.externalRoutes, {
      viewTechDoc: techdocsPlugin.routes.docRoot,
    });
  },
});

const routes = (
  <FlatRoutes>
    <Route path="/" element={<Navigate to="catalog" />} />
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
    <Route path="/docs-by-persona" element={<PersonaDocsPage />} />
    <Route path="/search" element={<SearchPage />} />
    <Route path="/settings" element={<UserSettingsPage />}>
      <SettingsLayout.Route path="/persona" title="Persona">
        <PersonaDocsSettings />
      </SettingsLayout.Route>
    </Route>
  </FlatRoutes>
);

export default app.createRoot(
  <AppRouter>
    <Root>{routes}</Root>
  </AppRouter>,
);
