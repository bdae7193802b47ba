import { SearchQuery } from '@backstage/plugin-search-common';
import { SearchApi } from '@backstage/plugin-search-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../../__testUtils__/surfacesConfig';
import { PageContent } from '../PageContent';

const pages = [
  ['backstage-docs', 'portal/installing/#database', 'Database'],
  ['backstage-docs', 'user/logging-in/', 'Logging in with a database user'],
  ['developer-guide', 'advanced/', 'Databases, advanced'],
  ['other-site', 'x/', 'Someone else’s database'],
];

/** A search backend that ignores filters, as some engines do. */
function searchBackend() {
  return {
    query: jest.fn(async (_query: SearchQuery) => ({
      results: pages.map(([name, path, title]) => ({
        type: 'techdocs',
        document: {
          title,
          text: `About the database, on ${path}`,
          location: `/docs/default/component/${name}/${path}`,
          kind: 'component',
          namespace: 'default',
          name,
          path,
        },
      })),
    })),
  };
}

describe('search inside the docs', () => {
  it('is not offered without Backstage Search', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      url: '/docs-by-persona?q=database',
    });
    await screen.findByRole('combobox', { name: 'Persona' });
    expect(
      screen.queryByRole('button', { name: 'Search inside these docs' }),
    ).not.toBeInTheDocument();
  });

  it('finds pages of the persona’s sites only, grouped by entry', async () => {
    const searchApi = searchBackend();
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      ownershipEntityRefs: ['group:default/platform-team'],
      url: '/docs-by-persona?q=database',
      searchApi,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Search inside these docs' }),
    );
    const results = await screen.findByRole('region', {
      name: 'Inside the docs of Administrator',
    });
    expect(
      await within(results).findByText('3 pages match “database”'),
    ).toBeInTheDocument();
    // One query per site, with filters every engine honours.
    expect(searchApi.query.mock.calls.map(([q]) => q.filters)).toEqual([
      { kind: 'component', namespace: 'default', name: 'backstage-docs' },
      { kind: 'component', namespace: 'default', name: 'developer-guide' },
    ]);
    const headings = within(results)
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent);
    expect(headings).toEqual([
      'Install it',
      'Add advanced features',
      'Other pages of Backstage documentation',
    ]);
    expect(
      within(results).getByRole('link', { name: 'Database' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/backstage-docs/portal/installing/#database',
    );
    expect(within(results).queryByText(/Someone else/)).not.toBeInTheDocument();

    await userEvent.click(
      within(results).getByRole('button', { name: 'Close the results' }),
    );
    expect(
      screen.queryByRole('region', { name: /Inside the docs/ }),
    ).not.toBeInTheDocument();
  });

  it('says so when search fails, keeping the page', async () => {
    const searchApi = {
      query: jest.fn(async () => Promise.reject(new Error('down'))),
    };
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      url: '/docs-by-persona?q=database',
      searchApi,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Search inside these docs' }),
    );
    expect(
      await screen.findByText('Search did not answer; try again later.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Filter docs' })).toHaveValue(
      'database',
    );
  });

  it('keeps the pages of the sites that answered when one fails', async () => {
    const backend = searchBackend();
    const searchApi = {
      // An engine that honours the filters, and whose second site fails.
      query: jest.fn(async (query: SearchQuery) => {
        if (query.filters?.name === 'developer-guide') throw new Error('down');
        const { results } = await backend.query(query);
        return {
          results: results.filter(r => r.document.name === query.filters?.name),
        };
      }),
    };
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      ownershipEntityRefs: ['group:default/platform-team'],
      url: '/docs-by-persona?q=database',
      searchApi,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Search inside these docs' }),
    );
    const results = await screen.findByRole('region', {
      name: 'Inside the docs of Administrator',
    });
    expect(
      await within(results).findByText(
        /2 pages match “database” 1 site did not answer; its pages are missing\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(results).getByRole('link', { name: 'Database' }),
    ).toBeInTheDocument();
    expect(
      within(results).queryByRole('link', { name: 'Databases, advanced' }),
    ).not.toBeInTheDocument();
  });

  it('never links a result outside its site, and keeps the rest', async () => {
    const backend = searchBackend();
    const searchApi = {
      query: jest.fn(async (query: SearchQuery) => {
        const answer = await backend.query(query);
        return {
          results: [
            ...answer.results.map(result => ({
              ...result,
              document: {
                ...result.document,
                path:
                  result.document.path === 'advanced/'
                    ? '..%2F..%2F..%2Fsettings'
                    : result.document.path,
              },
            })),
            { type: 'techdocs', document: null },
          ],
        };
      }),
    };
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      ownershipEntityRefs: ['group:default/platform-team'],
      url: '/docs-by-persona?q=database',
      // Malformed on purpose: an engine's answer is not trusted.
      searchApi: searchApi as unknown as SearchApi,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Search inside these docs' }),
    );
    const results = await screen.findByRole('region', {
      name: 'Inside the docs of Administrator',
    });
    expect(
      await within(results).findByText('2 pages match “database”'),
    ).toBeInTheDocument();
    for (const link of within(results).getAllByRole('link')) {
      expect(link.getAttribute('href')).not.toMatch(/settings|%2F/i);
    }
  });
});
