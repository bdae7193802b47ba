import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import { createTechDocsAddonExtension } from '@backstage/plugin-techdocs-react';
import { lazy } from 'react';
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

/** A surface for the legacy frontend system, loaded when it first renders. */
const surface = <N extends SurfaceName>(name: N) => loadSurface('legacy', name);

/**
 * The persona docs plugin for the legacy frontend system.
 *
 * @public
 */
export const personaDocsPlugin = createPlugin({
  id: 'persona-docs',
  apis: [
    createApiFactory({
      api: personaDocsStoreApiRef,
      deps: personaDocsStoreApiDeps,
      factory: createPersonaDocsStoreApi,
    }),
    createApiFactory({
      api: personaApiRef,
      deps: personaApiDeps,
      factory: createPersonaApi,
    }),
    createApiFactory({
      api: progressApiRef,
      deps: progressApiDeps,
      factory: createProgressApi,
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
    component: () => surface('page'),
    mountPoint: rootRouteRef,
  }),
);

/**
 * "Docs for you", a home page card for the legacy frontend system: the
 * reader's persona with a way to switch it, their next learning step or
 * the first entries of their tree, and a link to the persona docs page.
 * Settings: `limit` (entries shown, 5 by default) and `section` (a section
 * id).
 *
 * @public
 */
export const HomePagePersonaDocsCard: (props: {
  title?: string;
  limit?: number;
  section?: string;
}) => JSX.Element = personaDocsPlugin.provide(
  createCardExtension<{ limit?: number; section?: string }>({
    ...homeCard,
    name: 'HomePagePersonaDocsCard',
    components: () => surface('homeCard').then(Content => ({ Content })),
  }),
);

/**
 * A TechDocs reader addon for the legacy frontend system: above a page that
 * is an entry of the reader's persona tree, where it sits, the entries
 * before and after it and a way back to the persona docs page. Place it in
 * the reader's `<TechDocsAddons>`.
 *
 * @public
 */
export const PersonaDocsTechDocsAddon: () => JSX.Element | null =
  personaDocsPlugin.provide(
    createTechDocsAddonExtension({
      name: 'PersonaDocs',
      location: 'Subheader',
      component: lazy(() =>
        surface('techDocsAddon').then(Addon => ({ default: Addon })),
      ),
    }),
  );

/**
 * "Docs for you" on an entity page, for the legacy frontend system: the
 * entries about the entity for the reader's persona. Renders nothing for
 * an entity no entry is about.
 *
 * @public
 */
export const EntityPersonaDocsCard: () => JSX.Element =
  personaDocsPlugin.provide(
    createComponentExtension<() => JSX.Element>({
      name: 'EntityPersonaDocsCard',
      component: { lazy: () => surface('entityCard') },
    }),
  );

/**
 * The reader's persona among their settings, for the legacy frontend
 * system: mount it as a `SettingsLayout.Route` of the user settings page.
 *
 * @public
 */
export const PersonaDocsSettings: () => JSX.Element = personaDocsPlugin.provide(
  createComponentExtension<() => JSX.Element>({
    name: 'PersonaDocsSettings',
    component: { lazy: () => surface('settings') },
  }),
);
