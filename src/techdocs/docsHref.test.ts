/* eslint-disable no-script-url */
// Script URLs are fed on purpose, to prove they never reach an href.
import { DocsTarget } from '../model/types';
import { docsHref } from './docsHref';

const site: DocsTarget = {
  type: 'techdocs',
  entityRef: 'component:default/Backstage-Docs',
  kind: 'component',
  namespace: 'default',
  name: 'Backstage-Docs',
};
const linking = { viewTechDoc: undefined, caseSensitive: false };

describe('docsHref', () => {
  it.each([
    ['a site', site, '/docs/default/component/backstage-docs'],
    [
      'a page of a site',
      { ...site, path: 'admin/installing#database' },
      '/docs/default/component/backstage-docs/admin/installing#database',
    ],
    [
      'a URL',
      { type: 'url', url: 'https://backstage.io/', external: true },
      'https://backstage.io/',
    ],
    [
      'an in-app path',
      { type: 'url', url: '/catalog', external: false },
      '/catalog',
    ],
  ] as Array<[string, DocsTarget, string]>)('links %s', (_, target, href) => {
    expect(docsHref(target, linking)).toBe(href);
  });

  it('keeps the case of refs when the app asks for it', () => {
    expect(docsHref(site, { ...linking, caseSensitive: true })).toBe(
      '/docs/default/component/Backstage-Docs',
    );
  });

  it('goes through the viewTechDoc route when the app binds it', () => {
    const viewTechDoc = (p: {
      namespace: string;
      kind: string;
      name: string;
    }) => `/technical-docs/${p.namespace}/${p.kind}/${p.name}`;
    expect(docsHref({ ...site, path: 'a/' }, { ...linking, viewTechDoc })).toBe(
      '/technical-docs/default/component/backstage-docs/a/',
    );
  });

  it('follows annotations that send a site to another entity and page', () => {
    expect(
      docsHref(site, linking, {
        'backstage.io/techdocs-entity': 'component:team/handbook',
        'backstage.io/techdocs-entity-path': 'guides/start',
      }),
    ).toBe('/docs/team/component/handbook/guides/start');
  });

  it.each([
    ['../../settings'],
    ['component:default/../../settings'],
    ['component:default/%2e%2e'],
    ['//evil.example/x'],
    ['component:default/a\\b'],
    ['handbook'], // no kind: TechDocs ignores it too
    ['javascript:alert(1)'],
    ['component:team/'],
  ])('ignores an entity annotation %j', annotation => {
    const href = docsHref(site, linking, {
      'backstage.io/techdocs-entity': annotation,
    });
    expect(href).toBe('/docs/default/component/backstage-docs');
  });

  it.each([
    ['../../settings'],
    ['%2e%2e/%2e%2e/settings'],
    ['..\\..\\settings'],
    ['//evil.example'],
    ['javascript:alert(1)'],
    ['a/../../../b'],
    ['#x'],
  ])('keeps a path annotation %j inside the site', annotation => {
    const href = docsHref(site, linking, {
      'backstage.io/techdocs-entity-path': annotation,
    });
    expect(href).toMatch(
      /^\/docs\/default\/component\/backstage-docs(\/[\w.-]+)*$/,
    );
    expect(new URL(href, 'http://portal.test').pathname).toMatch(
      /^\/docs\/default\/component\/backstage-docs/,
    );
  });

  it('keeps links inside the reader whatever the route does with odd values', () => {
    // A route function that does not encode its params.
    const viewTechDoc = (p: {
      namespace: string;
      kind: string;
      name: string;
    }) => `/docs/${p.namespace}/${p.kind}/${p.name}`;
    for (const annotation of ['x:y/z', 'component:default/ok-name']) {
      const href = docsHref(
        site,
        { ...linking, viewTechDoc },
        {
          'backstage.io/techdocs-entity': annotation,
        },
      );
      expect(href).toMatch(/^\/docs\/[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9.-]+$/);
    }
  });
});
