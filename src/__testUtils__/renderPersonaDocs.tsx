import {
  analyticsApiRef,
  configApiRef,
  identityApiRef,
  storageApiRef,
} from '@backstage/core-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { techdocsApiRef, TechDocsApi } from '@backstage/plugin-techdocs-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { ReactElement } from 'react';
import { SearchApi, searchApiRef } from '@backstage/plugin-search-react';
import { CatalogApi } from '@backstage/catalog-client';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { createPersonaApi } from '../api/createPersonaApi';
import { personaApiRef } from '../api/PersonaApi';
import { createProgressApi } from '../progress/createProgressApi';
import { progressApiRef } from '../progress/ProgressApi';
import {
  createPersonaDocsStoreApi,
  personaDocsStoreApiRef,
} from '../store/PersonaDocsStoreApi';
import { SurfaceFrame } from '../surfaces/SurfaceFrame';
import { rootRouteRef, viewTechDocRouteRef } from '../routing/routes';
import { testPersonaDocsConfig } from './testConfig';

/** TechDocs sites the fake TechDocs API knows. */
export const fakeSites: Record<
  string,
  {
    siteName: string;
    siteDescription?: string;
    title?: string;
    description?: string;
  }
> = {
  'backstage-docs': {
    siteName: 'Backstage docs site',
    title: 'Backstage documentation',
    description: 'How Backstage works',
  },
  'developer-guide': {
    siteName: 'Developer guide site',
    siteDescription: 'Guide for developers and IT employees',
    title: 'Developer guide',
  },
};

/**
 * A TechDocs API answering from {@link fakeSites}; unknown sites are not
 * found. Every method is a jest mock so tests can count requests or inject
 * faults.
 */
export function createFakeTechDocsApi(): jest.Mocked<TechDocsApi> {
  return {
    getApiOrigin: jest.fn(async () => 'http://localhost/api/techdocs'),
    getCookie: jest.fn(async () => ({ expiresAt: '2099-01-01T00:00:00Z' })),
    getTechDocsMetadata: jest.fn(async ref => {
      const site = fakeSites[ref.name];
      if (!site) throw new NotFoundError(`no site ${ref.name}`);
      return {
        site_name: site.siteName,
        site_description: site.siteDescription ?? '',
      };
    }),
    getEntityMetadata: jest.fn(async ref => {
      const site = fakeSites[ref.name];
      if (!site) throw new NotFoundError(`no entity ${ref.name}`);
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: ref.name,
          namespace: ref.namespace,
          title: site.title,
          description: site.description,
        },
        locationMetadata: { type: 'dir', target: '.' },
      };
    }),
  } as jest.Mocked<TechDocsApi>;
}

/** Options for {@link renderPersonaDocs}. */
export interface RenderPersonaDocsOptions {
  personaDocs?: unknown;
  ownershipEntityRefs?: string[];
  storageApi?: ReturnType<typeof mockApis.storage>;
  techdocsApi?: TechDocsApi | null;
  url?: string;
  extraConfig?: Record<string, unknown>;
  /** Backstage Search, for searching inside the docs; absent by default. */
  searchApi?: SearchApi;
  /** The software catalog; absent by default. */
  catalogApi?: Partial<CatalogApi>;
}

/**
 * Renders an element in a legacy test app, inside the frame every surface
 * renders in, with the APIs the persona docs page uses (the real store,
 * persona and progress APIs included) and the TechDocs reader route mounted
 * at its standard path.
 */
export async function renderPersonaDocs(
  element: ReactElement,
  options: RenderPersonaDocsOptions = {},
) {
  const configApi = mockApis.config({
    data: {
      personaDocs:
        'personaDocs' in options ? options.personaDocs : testPersonaDocsConfig,
      ...options.extraConfig,
    } as any,
  });
  const storageApi = options.storageApi ?? mockApis.storage();
  const identityApi = mockApis.identity({
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: options.ownershipEntityRefs ?? ['user:default/guest'],
  });
  const analyticsApi = mockApis.analytics.mock();
  const techdocsApi =
    options.techdocsApi === undefined
      ? createFakeTechDocsApi()
      : options.techdocsApi;
  const storeApi = createPersonaDocsStoreApi({ configApi });
  const personaApi = createPersonaApi({ storeApi, storageApi, identityApi });
  const progressApi = createProgressApi({ storageApi });
  const apis: any[] = [
    [configApiRef, configApi],
    [storageApiRef, storageApi],
    [identityApiRef, identityApi],
    [analyticsApiRef, analyticsApi],
    [personaDocsStoreApiRef, storeApi],
    [personaApiRef, personaApi],
    [progressApiRef, progressApi],
  ];
  if (techdocsApi) apis.push([techdocsApiRef, techdocsApi]);
  if (options.searchApi) apis.push([searchApiRef, options.searchApi]);
  if (options.catalogApi) apis.push([catalogApiRef, options.catalogApi]);
  const result = await renderInTestApp(
    <TestApiProvider apis={apis}>
      <SurfaceFrame system="legacy">{element}</SurfaceFrame>
    </TestApiProvider>,
    {
      routeEntries: [options.url ?? '/docs-by-persona'],
      mountedRoutes: {
        '/docs/:namespace/:kind/:name': viewTechDocRouteRef,
        '/docs-by-persona': rootRouteRef,
      },
    },
  );
  /** The analytics events the page captured so far. */
  const analyticsEvents = () =>
    analyticsApi.captureEvent.mock.calls.map(([event]) => event);
  return { ...result, analyticsEvents, storageApi, personaApi, progressApi };
}
