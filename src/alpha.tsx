import {
  ApiBlueprint,
  configApiRef,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { createPersonaApi, personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import { getPersonaDocsModel } from './config/personaDocsModelCache';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';

const DEFAULT_TITLE = 'Docs by persona';

/**
 * The persona API, shared with other plugins through `personaApiRef`.
 *
 * @alpha
 */
export const personaDocsPersonaApi = ApiBlueprint.make({
  name: 'persona',
  params: defineParams =>
    defineParams({
      api: personaApiRef,
      deps: personaApiDeps,
      factory: createPersonaApi,
    }),
});

/**
 * The "Docs by persona" page at `/docs-by-persona`. Its title comes from
 * `app.extensions` config, else `personaDocs.title`, else "Docs by persona";
 * the app's navigation lists it by that title and icon.
 *
 * @alpha
 */
export const personaDocsPage = PageBlueprint.makeWithOverrides({
  factory(originalFactory, { apis }) {
    const config = apis.get(configApiRef);
    const title =
      (config && getPersonaDocsModel(config).title) ?? DEFAULT_TITLE;
    return originalFactory({
      path: '/docs-by-persona',
      title,
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
  title: DEFAULT_TITLE,
  icon: <LibraryBooksIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  externalRoutes: { viewTechDoc: viewTechDocRouteRef },
  extensions: [personaDocsPersonaApi, personaDocsPage],
});

export { personaDocsTranslationRef } from './translation';
