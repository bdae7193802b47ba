import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { AddonBlueprint } from '@backstage/plugin-techdocs-react/alpha';
import { lazy } from 'react';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { createPersonaApi, personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import {
  createProgressApi,
  progressApiDeps,
} from './progress/createProgressApi';
import { progressApiRef } from './progress/ProgressApi';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';
import {
  createPersonaDocsStoreApi,
  personaDocsStoreApiDeps,
  personaDocsStoreApiRef,
} from './store/PersonaDocsStoreApi';
import { homeCard } from './surfaces/HomeCard/homeCard';
import { loadSurface, SurfaceName } from './surfaces/loadSurface';
import { personaDocsTranslationRef } from './translation';

/** A surface for the new frontend system, loaded when it first renders. */
const surface = <N extends SurfaceName>(name: N) => loadSurface('new', name);

/** The app's persona docs, for the plugin's other APIs and its surfaces. */
const personaDocsStoreApi = ApiBlueprint.make({
  name: 'store',
  params: defineParams =>
    defineParams({
      api: personaDocsStoreApiRef,
      deps: personaDocsStoreApiDeps,
      factory: createPersonaDocsStoreApi,
    }),
});

/**
 * The persona API, shared with other plugins through `personaApiRef`.
 */
const personaDocsPersonaApi = ApiBlueprint.make({
  name: 'persona',
  params: defineParams =>
    defineParams({
      api: personaApiRef,
      deps: personaApiDeps,
      factory: createPersonaApi,
    }),
});

/** The reader's progress through learning paths, for every surface. */
const personaDocsProgressApi = ApiBlueprint.make({
  name: 'progress',
  params: defineParams =>
    defineParams({
      api: progressApiRef,
      deps: progressApiDeps,
      factory: createProgressApi,
    }),
});

/**
 * The "Docs by persona" page at `/docs-by-persona`. The navigation lists it
 * by its title (the `page.title` message of `personaDocsTranslationRef`),
 * unless `app.extensions` config sets another. Nothing of the `personaDocs`
 * config is read until the page opens.
 */
const personaDocsPage = PageBlueprint.makeWithOverrides({
  factory(originalFactory, { config }) {
    return originalFactory({
      path: '/docs-by-persona',
      // A configured title is passed as it is: given a translated title,
      // the page header would keep showing the translation.
      title: config.title ?? personaDocsTranslationRef('page.title'),
      icon: <LibraryBooksIcon />,
      routeRef: rootRouteRef,
      loader: () => surface('page').then(Page => <Page />),
    });
  },
});

/** "Docs for you" on the home page. */
const personaDocsHomeCard = HomePageWidgetBlueprint.make({
  name: 'docs-for-you',
  params: {
    ...homeCard,
    name: 'PersonaDocsForYou',
    components: () => surface('homeCard').then(Content => ({ Content })),
  },
});

/** Where a TechDocs page sits in the reader's persona tree, in the reader. */
const personaDocsTechDocsAddon = AddonBlueprint.make({
  name: 'persona-docs',
  params: {
    name: 'PersonaDocs',
    location: 'Subheader',
    component: lazy(() =>
      surface('techDocsAddon').then(Addon => ({ default: Addon })),
    ),
  },
});

/** "Docs for you" about the entity of an entity page. */
const personaDocsEntityCard = EntityCardBlueprint.make({
  name: 'docs-for-you',
  params: {
    type: 'content',
    loader: () => surface('entityCard').then(Card => <Card />),
  },
});

/** The reader's persona among their settings, as a tab of the settings page. */
const personaDocsSettings = SubPageBlueprint.make({
  name: 'persona',
  attachTo: { id: 'page:user-settings', input: 'pages' },
  params: {
    path: 'persona',
    title: personaDocsTranslationRef('settings.title'),
    loader: () => surface('settings').then(Settings => <Settings />),
  },
});

/**
 * The persona docs plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'persona-docs',
  title: 'Docs by persona',
  icon: <LibraryBooksIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  externalRoutes: { viewTechDoc: viewTechDocRouteRef },
  extensions: [
    personaDocsStoreApi,
    personaDocsPersonaApi,
    personaDocsProgressApi,
    personaDocsPage,
    personaDocsHomeCard,
    personaDocsTechDocsAddon,
    personaDocsEntityCard,
    personaDocsSettings,
  ],
});
