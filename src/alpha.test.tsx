import {
  ApiBlueprint,
  coreExtensionData,
  createFrontendModule,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import plugin from './alpha';
import { personaApiDeps } from './api/createPersonaApi';
import { personaApiRef } from './api/PersonaApi';
import { personaDocsStoreApiRef } from './store/PersonaDocsStoreApi';
import { rootRouteRef, viewTechDocRouteRef } from './routing/routes';
import { readPersonaDocsConfig } from './config/readPersonaDocsConfig';
import { testPersonaDocsConfig } from './__testUtils__/testConfig';

// Counts the reads of the personaDocs block, which must wait for the page.
jest.mock('./config/readPersonaDocsConfig', () => {
  const actual = jest.requireActual('./config/readPersonaDocsConfig');
  return { readPersonaDocsConfig: jest.fn(actual.readPersonaDocsConfig) };
});

const personaDocsPage = plugin.getExtension('page:persona-docs');
const personaDocsPersonaApi = plugin.getExtension('api:persona-docs/persona');

describe('persona docs plugin for the new frontend system', () => {
  it('provides the persona API with the utility APIs it needs', () => {
    const factory = createExtensionTester(personaDocsPersonaApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(personaApiRef);
    expect(factory.deps).toEqual(personaApiDeps);
    expect(Object.keys(factory.deps).sort()).toEqual([
      'errorApi',
      'identityApi',
      'storageApi',
      'storeApi',
    ]);
    expect(factory.deps.storeApi).toBe(personaDocsStoreApiRef);
  });

  it('registers the store that the persona API and every surface read', () => {
    const factory = createExtensionTester(
      plugin.getExtension('api:persona-docs/store'),
    ).get(ApiBlueprint.dataRefs.factory);
    expect(factory.api).toBe(personaDocsStoreApiRef);
    expect(Object.keys(factory.deps)).toEqual(['configApi']);
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

  it('mounts the page at /docs-by-persona with a translated title and icon for the navigation', () => {
    const tester = createExtensionTester(personaDocsPage, {
      apis: [mockApis.translation()],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/docs-by-persona');
    expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    expect(tester.get(coreExtensionData.title)).toBe('Docs by persona');
    expect(tester.get(coreExtensionData.titleTranslation)).toMatchObject({
      key: 'page.title',
    });
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('lets integrators change the path and title through extension config', () => {
    const tester = createExtensionTester(personaDocsPage, {
      config: { path: '/handbook', title: 'Handbook' },
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/handbook');
    expect(tester.get(coreExtensionData.title)).toBe('Handbook');
    expect(tester.get(coreExtensionData.titleTranslation)).toBeUndefined();
  });

  it('renders the tree under the header the framework draws, and no second one', async () => {
    renderInTestApp(
      createExtensionTester(personaDocsPage, {
        apis: [mockApis.translation()],
      }).reactElement(),
      {
        config: { personaDocs: testPersonaDocsConfig },
        // The plugin's own API extension provides the persona API.
        features: [plugin],
      },
    );
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

    it('reads nothing of personaDocs at app start, and reads it once when the page opens', async () => {
      const reads = jest.mocked(readPersonaDocsConfig);
      reads.mockClear();
      const elsewhere = createFrontendModule({
        pluginId: 'app',
        extensions: [
          PageBlueprint.make({
            name: 'elsewhere',
            params: {
              path: '/elsewhere',
              title: 'Elsewhere',
              loader: async () => <p>Another page</p>,
            },
          }),
        ],
      });
      renderTestApp({
        config: appConfig({}),
        features: [plugin, elsewhere],
        initialRouteEntries: ['/elsewhere'],
      });
      expect(await screen.findByText('Another page')).toBeInTheDocument();
      expect(reads).not.toHaveBeenCalled();

      await userEvent.click(
        screen.getByRole('link', { name: 'Docs by persona' }),
      );
      expect(
        await screen.findByRole(
          'tree',
          { name: 'Developer Portal docs' },
          { timeout: 10_000 },
        ),
      ).toBeInTheDocument();
      await act(async () => {});
      expect(reads).toHaveBeenCalledTimes(1);
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
