import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';

/**
 * A plugin of the host's own that reads the persona docs plugin's persona
 * API, to show that a dynamically loaded plugin's APIs reach the host's
 * other plugins.
 */
export const personaProbePlugin = createFrontendPlugin({
  pluginId: 'persona-probe',
  extensions: [
    PageBlueprint.make({
      params: {
        path: '/persona-probe',
        title: 'Persona probe',
        loader: () =>
          import('./PersonaProbePage').then(m => <m.PersonaProbePage />),
      },
    }),
  ],
});
