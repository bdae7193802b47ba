import {
  ApiBlueprint,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { createPersonaApi, personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';
import { personaDocsTranslationRef } from './translation';

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

/**
 * The persona docs page at `/docs-by-persona`. The navigation lists it by
 * its title, "Persona docs" (the `page.title` message of
 * `personaDocsTranslationRef`), unless `app.extensions` config sets another.
 * Nothing of the `personaDocs` config is read until the page opens.
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
      loader: () =>
        import('./components/PersonaDocsPage').then(m => (
          <m.NfsPersonaDocsPage />
        )),
    });
  },
});

/**
 * The persona docs plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'persona-docs',
  title: 'Persona docs',
  icon: <LibraryBooksIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  externalRoutes: { viewTechDoc: viewTechDocRouteRef },
  extensions: [personaDocsPersonaApi, personaDocsPage],
});
