import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import { screen, within } from '@testing-library/react';
import plugin, { personaDocsPage, personaDocsPersonaApi } from './alpha';
import { personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';
import { testPersonaDocsConfig } from './__testUtils__/testConfig';

describe('persona docs plugin for the new frontend system', () => {
  it('provides the persona API with the utility APIs it needs', () => {
    const factory = createExtensionTester(personaDocsPersonaApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(personaApiRef);
    expect(factory.deps).toEqual(personaApiDeps);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'configApi',
      'identityApi',
      'storageApi',
    ]);
  });

  it('declares its page, API, routes and the TechDocs route with its default target', () => {
    // getExtension returns the extensions bound to the plugin's namespace.
    expect(plugin.getExtension('page:persona-docs')).toMatchObject({
      kind: 'page',
      namespace: 'persona-docs',
    });
    expect(plugin.getExtension('api:persona-docs/persona')).toMatchObject({
      kind: 'api',
      name: 'persona',
    });
    expect(plugin.routes.root).toBe(rootRouteRef);
    expect(plugin.externalRoutes.viewTechDoc).toBe(viewTechDocRouteRef);
    expect((viewTechDocRouteRef as any).getDefaultTarget()).toBe(
      'techdocs.docRoot',
    );
    expect(viewTechDocRouteRef.params).toEqual(['namespace', 'kind', 'name']);
  });

  it('mounts the page at /docs-by-persona with a title and icon for the navigation', () => {
    const tester = createExtensionTester(personaDocsPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/docs-by-persona');
    expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    expect(tester.get(coreExtensionData.title)).toBe('Docs by persona');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('lets integrators change the path and title through extension config', () => {
    const tester = createExtensionTester(personaDocsPage, {
      config: { path: '/handbook', title: 'Handbook' },
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/handbook');
    expect(tester.get(coreExtensionData.title)).toBe('Handbook');
  });

  it('takes the title from personaDocs.title when extension config has none', () => {
    const tester = createExtensionTester(personaDocsPage, {
      apis: [mockApis.config({ data: { personaDocs: { title: 'Our docs' } } })],
    });
    expect(tester.get(coreExtensionData.title)).toBe('Our docs');
  });

  it('renders the tree under the header the framework draws, and no second one', async () => {
    renderInTestApp(createExtensionTester(personaDocsPage).reactElement(), {
      config: { personaDocs: testPersonaDocsConfig },
      // The plugin's own API extension provides the persona API.
      features: [plugin],
    });
    // The page loads lazily, which can take a while in jsdom.
    const tree = await screen.findByRole(
      'tree',
      { name: 'Developer Portal docs' },
      { timeout: 10_000 },
    );
    expect(within(tree).getByText('Logging in')).toBeInTheDocument();
    expect(screen.getByText('Default for this portal')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Docs by persona',
    );
  });

  describe('in a whole app', () => {
    const appConfig = (app: object) => ({
      personaDocs: testPersonaDocsConfig,
      backend: { baseUrl: 'http://localhost:7007' },
      app,
    });

    it('links docs entries to wherever the app mounts the TechDocs reader, with no binding', async () => {
      renderTestApp({
        config: appConfig({
          extensions: [
            {
              'page:techdocs/reader': {
                config: { path: '/technical-docs/:namespace/:kind/:name' },
              },
            },
          ],
        }),
        features: [plugin, techdocsPlugin],
        initialRouteEntries: ['/docs-by-persona'],
      });
      // A whole app loads the page lazily, which can take a while in jsdom.
      expect(
        await screen.findByRole(
          'link',
          { name: 'Logging in' },
          { timeout: 10_000 },
        ),
      ).toHaveAttribute(
        'href',
        '/technical-docs/default/component/backstage-docs/user/logging-in',
      );
    });

    it('serves the page at the path and title set in app.extensions', async () => {
      renderTestApp({
        config: appConfig({
          extensions: [
            {
              'page:persona-docs': {
                config: { path: '/handbook', title: 'Handbook' },
              },
            },
          ],
        }),
        features: [plugin, techdocsPlugin],
        initialRouteEntries: ['/handbook'],
      });
      expect(
        await screen.findByRole(
          'tree',
          { name: 'Developer Portal docs' },
          { timeout: 10_000 },
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Handbook',
      );
    });
  });
});
