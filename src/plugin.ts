import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createPersonaApi, personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';

/**
 * The persona docs plugin for the legacy frontend system.
 *
 * @public
 */
export const personaDocsPlugin = createPlugin({
  id: 'persona-docs',
  apis: [
    createApiFactory({
      api: personaApiRef,
      deps: personaApiDeps,
      factory: createPersonaApi,
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
  externalRoutes: {
    viewTechDoc: viewTechDocRouteRef,
  },
});

/**
 * The "Docs by persona" page, for the legacy frontend system. Mount it on a
 * route such as `/docs-by-persona`.
 *
 * @public
 */
export const PersonaDocsPage: () => JSX.Element = personaDocsPlugin.provide(
  createRoutableExtension({
    name: 'PersonaDocsPage',
    component: () =>
      import('./components/PersonaDocsPage').then(m => m.PersonaDocsPage),
    mountPoint: rootRouteRef,
  }),
);
