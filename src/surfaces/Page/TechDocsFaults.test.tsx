import { TechDocsClient } from '@backstage/plugin-techdocs';
import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { PageContent } from './PageContent';

/*
 * One TechDocs site misbehaves among healthy ones, behind the real
 * TechDocsClient of @backstage/plugin-techdocs talking HTTP to an msw server.
 * The healthy entries must keep their titles from TechDocs, the faulty one
 * must say what is known about it, and the page must stay usable.
 */

const API = 'http://techdocs.test/api/techdocs';

const server = setupServer();
registerMswTestHooks(server);

const HEALTHY: Record<
  string,
  { siteName: string; title: string; description: string }
> = {
  'healthy-one': {
    siteName: 'Healthy one site',
    title: 'Healthy One',
    description: 'The first healthy site',
  },
  'healthy-two': {
    siteName: 'Healthy two site',
    title: 'Healthy Two',
    description: 'The second healthy site',
  },
};

const personaDocs = {
  defaultPersona: 'user',
  builtInPersonas: false,
  personas: [
    { id: 'user', title: 'End User' },
    { id: 'admin', title: 'Administrator' },
  ],
  sections: [
    {
      id: 'docs',
      title: 'Docs',
      entries: [
        { docs: 'component:default/healthy-one' },
        { docs: 'component:default/faulty' },
        { docs: 'component:default/healthy-two', personas: ['user'] },
        { title: 'Admin handbook', url: '/admin', personas: ['admin'] },
      ],
    },
  ],
};

type Fault = (kind: 'techdocs' | 'entity') => Response | Promise<Response>;

function backstageError(status: number, name: string) {
  return HttpResponse.json(
    {
      error: { name, message: `${name} from the test` },
      response: { statusCode: status },
    },
    { status },
  );
}

/** Every way for one site to go wrong, and what its entry should then say. */
const FAULTS: Array<[string, Fault, 'Docs not found' | 'Status unknown']> = [
  [
    '404 Not Found',
    () => backstageError(404, 'NotFoundError'),
    'Docs not found',
  ],
  [
    '403 Forbidden',
    () => backstageError(403, 'NotAllowedError'),
    'Status unknown',
  ],
  [
    '500 with an HTML page',
    () =>
      new HttpResponse('<h1>Internal Server Error</h1>', {
        status: 500,
        headers: { 'Content-Type': 'text/html' },
      }),
    'Status unknown',
  ],
  [
    '200 with malformed JSON',
    () =>
      new HttpResponse('{"site_name": "Faulty', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    'Status unknown',
  ],
  ['a network error', () => HttpResponse.error(), 'Status unknown'],
];

/** Serves the healthy sites, and the given fault for the faulty one. */
function serve(
  fault: Fault,
  faultyKinds: Array<'techdocs' | 'entity'> = ['techdocs', 'entity'],
) {
  const requests: string[] = [];
  server.use(
    http.get(
      `${API}/metadata/:kind/:namespace/:entityKind/:name`,
      ({ params }) => {
        const kind = params.kind as 'techdocs' | 'entity';
        const name = String(params.name);
        requests.push(`${kind} ${name}`);
        if (name === 'faulty' && faultyKinds.includes(kind)) return fault(kind);
        const site = HEALTHY[name] ?? {
          siteName: `${name} site`,
          title: undefined,
          description: undefined,
        };
        if (!HEALTHY[name] && name !== 'faulty')
          return backstageError(404, 'NotFoundError');
        return kind === 'techdocs'
          ? HttpResponse.json({
              site_name: site.siteName,
              site_description: '',
            })
          : HttpResponse.json({
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: {
                name,
                title: site.title,
                description: site.description,
              },
              locationMetadata: { type: 'url', target: 'https://example.com' },
            });
      },
    ),
  );
  return requests;
}

function createTechDocsClient() {
  return new TechDocsClient({
    configApi: mockApis.config(),
    discoveryApi: mockApis.discovery({ baseUrl: 'http://techdocs.test' }),
    fetchApi: new MockFetchApi(),
  });
}

/** Upstream warnings these tests do not own. */
const KNOWN_NOISE = [
  /findDOMNode is deprecated/,
  /React Router Future Flag Warning/,
];

/**
 * The Node process itself: the `process` a test sees is a copy whose
 * listeners never fire. (Jest also fails a test on an unhandled rejection;
 * the listener makes the check explicit and independent of that.)
 */
const realProcess: NodeJS.Process = require('vm').runInThisContext('process');

function watchForTrouble() {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  realProcess.prependListener('unhandledRejection', onRejection);
  const consoleError = jest.spyOn(console, 'error');
  return {
    rejections,
    /** console.error calls not explained by known upstream noise. */
    consoleErrors: () =>
      consoleError.mock.calls
        .map(args => args.map(String).join(' '))
        .filter(text => !KNOWN_NOISE.some(noise => noise.test(text))),
    stop() {
      realProcess.off('unhandledRejection', onRejection);
      consoleError.mockRestore();
    },
  };
}

function item(name: RegExp) {
  return screen.findByRole('treeitem', { name });
}

/** Lets pending promise callbacks run, so unhandled rejections get reported. */
function settle() {
  return new Promise(resolve => setTimeout(resolve, 50));
}

describe('TechDocs faults', () => {
  let trouble: ReturnType<typeof watchForTrouble>;
  beforeEach(() => {
    trouble = watchForTrouble();
  });
  afterEach(() => trouble.stop());

  it('notices unhandled rejections and console errors (the watch itself works)', async () => {
    const rejected = Promise.reject(new Error('deliberately unhandled'));
    // eslint-disable-next-line no-console
    console.error('deliberate error');
    await settle();
    expect(trouble.rejections).toEqual([new Error('deliberately unhandled')]);
    expect(trouble.consoleErrors()).toEqual(['deliberate error']);
    // Handle it after all, so that Jest does not fail this test for it.
    rejected.catch(() => {});
    await settle();
  });

  it.each(FAULTS)(
    'copes with %s for one site among healthy ones',
    async (_, fault, state) => {
      const requests = serve(fault);
      await renderPersonaDocs(<PageContent />, {
        personaDocs,
        techdocsApi: createTechDocsClient(),
      });

      // Healthy entries keep the titles and descriptions TechDocs gave them.
      expect(
        await screen.findByRole('link', { name: 'Healthy One' }),
      ).toHaveAttribute('href', '/docs/default/component/healthy-one');
      expect(
        await screen.findByRole('link', { name: 'Healthy Two' }),
      ).toBeInTheDocument();
      expect(screen.getByText('The first healthy site')).toBeInTheDocument();

      // The faulty entry is still listed and linked, and says what is known.
      const faulty = await item(/^faulty/);
      expect(await within(faulty).findByText(state)).toBeInTheDocument();
      expect(
        within(faulty).getByRole('link', { name: 'faulty' }),
      ).toHaveAttribute('href', '/docs/default/component/faulty');
      const other =
        state === 'Docs not found' ? 'Status unknown' : 'Docs not found';
      expect(screen.queryByText(other)).not.toBeInTheDocument();
      for (const healthy of [/^Healthy One/, /^Healthy Two/]) {
        expect(
          within(await item(healthy)).queryByText(
            /Docs not found|Status unknown/,
          ),
        ).toBeNull();
      }
      // Each site was asked once, whatever happened.
      expect(requests.filter(r => r.endsWith(' faulty')).sort()).toEqual([
        'entity faulty',
        'techdocs faulty',
      ]);

      // The page stays usable: the filter and persona switching still work.
      await userEvent.type(
        screen.getByRole('searchbox', { name: 'Filter docs' }),
        'one',
      );
      await waitFor(() =>
        expect(screen.queryByRole('treeitem', { name: /^faulty/ })).toBeNull(),
      );
      expect(
        screen.getByRole('link', { name: 'Healthy One' }),
      ).toBeInTheDocument();
      await userEvent.click(
        screen.getByRole('button', { name: 'Clear filter' }),
      );
      expect(
        await within(await item(/^faulty/)).findByText(state),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('combobox', { name: 'Persona' }));
      await userEvent.click(
        screen.getByRole('option', { name: /^Administrator/ }),
      );
      expect(
        await screen.findByRole('link', { name: 'Admin handbook' }),
      ).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Healthy Two' })).toBeNull();
      expect(
        within(await item(/^faulty/)).getByText(state),
      ).toBeInTheDocument();

      await settle();
      expect(trouble.rejections).toEqual([]);
      expect(trouble.consoleErrors()).toEqual([]);
    },
  );

  it.each([
    [
      'only the entity metadata fails',
      ['entity'] as const,
      () => backstageError(500, 'Error'),
      'faulty site',
    ],
    [
      'the answers are JSON of the wrong shape',
      ['techdocs', 'entity'] as const,
      (kind: 'techdocs' | 'entity') =>
        kind === 'techdocs'
          ? HttpResponse.json({
              site_name: { nested: 'object' },
              site_description: ['a', 'list'],
            })
          : HttpResponse.json({
              metadata: {
                name: 'faulty',
                title: { text: 'not a string' },
                description: 42,
                annotations: {
                  'backstage.io/techdocs-entity-path': 5,
                  'backstage.io/techdocs-entity': ['x'],
                },
              },
            }),
      'faulty',
    ],
    [
      'the answers are JSON null',
      ['techdocs', 'entity'] as const,
      () => HttpResponse.json(null),
      'faulty',
    ],
  ])(
    'shows the site when %s, with the title it can get',
    async (_, kinds, fault, title) => {
      serve(fault as Fault, [...kinds]);
      await renderPersonaDocs(<PageContent />, {
        personaDocs,
        techdocsApi: createTechDocsClient(),
      });
      expect(
        await screen.findByRole('link', { name: 'Healthy One' }),
      ).toBeInTheDocument();
      const faulty = await item(/^faulty/);
      // Without a usable title from TechDocs the entry keeps a readable name.
      await waitFor(() =>
        expect(
          within(faulty).getByRole('link', { name: title }),
        ).toHaveAttribute('href', '/docs/default/component/faulty'),
      );
      expect(
        within(faulty).queryByText(/Docs not found|Status unknown/),
      ).toBeNull();
      await settle();
      expect(trouble.rejections).toEqual([]);
      expect(trouble.consoleErrors()).toEqual([]);
    },
  );

  it('stays usable when the TechDocs API throws instead of rejecting', async () => {
    const throwing = {
      getTechDocsMetadata: () => {
        throw new Error('thrown synchronously');
      },
      getEntityMetadata: () => {
        throw new Error('thrown synchronously');
      },
    } as any;
    await renderPersonaDocs(<PageContent />, {
      personaDocs,
      techdocsApi: throwing,
    });
    const faulty = await item(/^faulty/);
    expect(
      await within(faulty).findByText('Status unknown'),
    ).toBeInTheDocument();
    expect(
      within(faulty).getByRole('link', { name: 'faulty' }),
    ).toBeInTheDocument();
    await settle();
    expect(trouble.rejections).toEqual([]);
    expect(trouble.consoleErrors()).toEqual([]);
  });

  it('stays usable with an invalid techdocs setting elsewhere in app-config', async () => {
    serve(() => backstageError(404, 'NotFoundError'));
    await renderPersonaDocs(<PageContent />, {
      personaDocs,
      techdocsApi: createTechDocsClient(),
      extraConfig: { techdocs: { legacyUseCaseSensitiveTripletPaths: 'yes' } },
    });
    expect(
      await screen.findByRole('link', { name: 'Healthy One' }),
    ).toHaveAttribute('href', '/docs/default/component/healthy-one');
    await settle();
    expect(trouble.rejections).toEqual([]);
    expect(trouble.consoleErrors()).toEqual([]);
  });
});
