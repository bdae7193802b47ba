import { TechDocsReaderPageProvider } from '@backstage/plugin-techdocs-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../__testUtils__/surfacesConfig';
import { PersonaDocsAddon } from './PersonaDocsAddon';

function renderAddon(
  site: string,
  page: string,
  options: { admin?: boolean } = { admin: true },
) {
  return renderPersonaDocs(
    <TechDocsReaderPageProvider
      entityRef={{ kind: 'Component', namespace: 'default', name: site }}
    >
      <PersonaDocsAddon />
      <p>The page itself</p>
    </TechDocsReaderPageProvider>,
    {
      personaDocs: surfacesConfig,
      url: `/docs/default/component/${site}/${page}`,
      ...(options.admin && {
        ownershipEntityRefs: ['group:default/platform-team'],
      }),
    },
  );
}

describe('PersonaDocsAddon', () => {
  it('says where the open page sits in the persona’s tree, and what comes next', async () => {
    await renderAddon('backstage-docs', 'portal/installing/#database');
    const nav = await screen.findByRole('navigation', {
      name: 'This page in the docs for Administrator',
    });
    expect(
      within(nav).getByText('Step 2 of 3 in Set up your first portal'),
    ).toBeInTheDocument();
    expect(
      within(nav).getByRole('link', { name: 'Create your portal' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/backstage-docs/portal/getting-started/',
    );
    // The next step lives in another TechDocs site.
    expect(
      within(nav).getByRole('link', { name: 'Add advanced features' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/developer-guide/advanced/',
    );
    expect(
      within(nav).getByRole('link', { name: 'All docs for Administrator' }),
    ).toHaveAttribute('href', '/docs-by-persona');
  });

  it('counts a step read in the reader as done, and can undo it', async () => {
    const { progressApi } = await renderAddon(
      'backstage-docs',
      'portal/installing/',
    );
    const undo = await screen.findByRole('button', {
      name: 'Mark as not done',
    });
    const done = () =>
      new Promise<ReadonlySet<string>>(resolve => {
        const sub = progressApi.done$().subscribe(ids => {
          resolve(ids);
          setTimeout(() => sub.unsubscribe());
        });
      });
    expect([...(await done())]).toEqual(['install']);
    await userEvent.click(undo);
    await waitFor(async () => expect([...(await done())]).toEqual([]));
  });

  it('stays out of the way on a page in no entry of the persona', async () => {
    await renderAddon('backstage-docs', 'somewhere/else/');
    expect(await screen.findByText('The page itself')).toBeInTheDocument();
    // No entry of the administrator's tree covers this page.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('does not show admin steps to a reader of another persona', async () => {
    await renderAddon('backstage-docs', 'portal/installing/', { admin: false });
    await screen.findByText('The page itself');
    await new Promise(r => setTimeout(r, 50));
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
