/* eslint-disable no-script-url */
// Some tests feed script URLs on purpose, to prove they never reach an href.
import { mockApis } from '@backstage/test-utils';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createFakeTechDocsApi,
  renderPersonaDocs,
} from '../../__testUtils__/renderPersonaDocs';
import { testPersonaDocsConfig } from '../../__testUtils__/testConfig';
import { PageContent } from './PageContent';

function personaControl() {
  return screen.getByRole('combobox', { name: 'Persona' });
}

async function choosePersona(title: string) {
  await userEvent.click(personaControl());
  await userEvent.click(
    within(screen.getByRole('listbox')).getByRole('option', {
      name: new RegExp(`^${title}`),
    }),
  );
}

/** The titles in a section's tree, in order, as a reader sees them. */
function treeItemTitles(section: string) {
  const tree = screen.getByRole('tree', { name: `${section} docs` });
  return Array.from(tree.querySelectorAll('[role="treeitem"]')).map(item =>
    item
      .querySelector('[data-persona-docs-entry-link], span')
      ?.textContent?.replace(' (opens in a new tab)', ''),
  );
}

describe('PageContent', () => {
  it('shows the default persona, why it applies, and its entries', async () => {
    await renderPersonaDocs(<PageContent />);
    expect(
      await screen.findByText('Default for this portal'),
    ).toBeInTheDocument();
    expect(personaControl()).toHaveTextContent('End User');
    expect(treeItemTitles('Developer Portal')).toEqual([
      'User guides',
      'Logging in',
      'Browse the catalog',
      'Developer guide',
    ]);
    expect(
      screen.queryByRole('tree', { name: 'Framework docs' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('Nothing for End User in Framework'),
    ).toBeInTheDocument();
    expect(screen.getByText('4 entries')).toBeInTheDocument();
  });

  it('picks the persona mapped to a group the reader belongs to', async () => {
    await renderPersonaDocs(<PageContent />, {
      ownershipEntityRefs: [
        'user:default/guest',
        'group:default/platform-team',
      ],
    });
    expect(
      await screen.findByText(
        'From your membership in group:default/platform-team',
      ),
    ).toBeInTheDocument();
    expect(personaControl()).toHaveTextContent('Administrator');
    expect(treeItemTitles('Developer Portal')).toContain(
      'Installing and configuring',
    );
  });

  it('changes the tree at once when a persona is chosen, stores the choice and reports it', async () => {
    const { storageApi, analyticsEvents } = await renderPersonaDocs(
      <PageContent />,
    );
    await screen.findByText('Default for this portal');
    await choosePersona('Integrator');
    expect(personaControl()).toHaveTextContent('Integrator');
    expect(await screen.findByText('Chosen by you')).toBeInTheDocument();
    expect(treeItemTitles('Framework')).toEqual([
      'Building plugins',
      'Testing plugins',
    ]);
    expect(
      storageApi.forBucket('persona-docs').snapshot('selectedPersona'),
    ).toMatchObject({
      presence: 'present',
      value: 'integrator',
    });
    expect(analyticsEvents()).toContainEqual(
      expect.objectContaining({
        action: 'select',
        subject: 'integrator',
        attributes: { persona: 'integrator' },
      }),
    );
  });

  it('lists every persona with its description, and All personas', async () => {
    await renderPersonaDocs(<PageContent />);
    await screen.findByText('Default for this portal');
    await userEvent.click(personaControl());
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'All personasEvery entry, with badges saying whom it is for',
      'End UserUses the portal.',
      'AdministratorRuns the portal.',
      'IntegratorExtends the portal.',
    ]);
  });

  it('resets a choice back to the default', async () => {
    const storageApi = mockApis.storage();
    await storageApi
      .forBucket('persona-docs')
      .set('selectedPersona', 'integrator');
    await renderPersonaDocs(<PageContent />, { storageApi });
    expect(await screen.findByText('Chosen by you')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Reset to End User' }),
    );
    expect(
      await screen.findByText('Default for this portal'),
    ).toBeInTheDocument();
    expect(personaControl()).toHaveTextContent('End User');
    expect(
      storageApi.forBucket('persona-docs').snapshot('selectedPersona').presence,
    ).toBe('absent');
  });

  it('shows the view of a shared link without overwriting the stored choice', async () => {
    const storageApi = mockApis.storage();
    await storageApi
      .forBucket('persona-docs')
      .set('selectedPersona', 'integrator');
    await renderPersonaDocs(<PageContent />, {
      storageApi,
      url: '/docs-by-persona?persona=administrator&q=threat',
    });
    expect(
      await screen.findByText('From the link you opened'),
    ).toBeInTheDocument();
    expect(personaControl()).toHaveTextContent('Administrator');
    expect(screen.getByRole('searchbox', { name: 'Filter docs' })).toHaveValue(
      'threat',
    );
    expect(treeItemTitles('Developer Portal')).toEqual([
      'Administrator guides',
      'Backstage threat model',
    ]);
    expect(
      storageApi.forBucket('persona-docs').snapshot('selectedPersona').value,
    ).toBe('integrator');
    await userEvent.click(
      screen.getByRole('button', { name: 'Use your own (Integrator)' }),
    );
    expect(personaControl()).toHaveTextContent('Integrator');
    expect(await screen.findByText('Chosen by you')).toBeInTheDocument();
  });

  it('ignores a link persona that does not exist', async () => {
    await renderPersonaDocs(<PageContent />, {
      url: '/docs-by-persona?persona=boss',
    });
    expect(
      await screen.findByText('Default for this portal'),
    ).toBeInTheDocument();
    expect(personaControl()).toHaveTextContent('End User');
  });

  it('narrows to the section in the link', async () => {
    await renderPersonaDocs(<PageContent />, {
      url: '/docs-by-persona?persona=all&section=framework',
    });
    expect(
      await screen.findByRole('tree', { name: 'Framework docs' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('tree', { name: 'Developer Portal docs' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue(
      'framework',
    );
  });

  it('filters as you type, opening branches, keeping ancestors and highlighting matches', async () => {
    await renderPersonaDocs(<PageContent />, {
      url: '/docs-by-persona?persona=all',
    });
    await screen.findByRole('tree', { name: 'Developer Portal docs' });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Filter docs' }),
      'DATA',
    );
    expect(treeItemTitles('Developer Portal')).toEqual([
      'Administrator guides',
      'Installing and configuring',
    ]);
    const group = screen.getByRole('treeitem', {
      name: /^Administrator guides/,
    });
    expect(group).toHaveAttribute('aria-expanded', 'true');
    const marks = Array.from(document.querySelectorAll('mark')).map(
      m => m.textContent,
    );
    expect(marks).toEqual(['Data']);
    expect(screen.getByText('1 match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(treeItemTitles('Developer Portal')).toContain('Browse the catalog');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('shows persona badges in All personas', async () => {
    await renderPersonaDocs(<PageContent />, {
      url: '/docs-by-persona?persona=all',
    });
    const item = await screen.findByRole('treeitem', {
      name: /^Backstage threat model/,
    });
    expect(within(item).getByText('Administrator')).toBeInTheDocument();
    const guide = screen.getByRole('treeitem', { name: /^Developer guide/ });
    expect(within(guide).getByText('Everyone')).toBeInTheDocument();
  });

  it('says which personas have entries when the chosen one has none', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: {
        ...testPersonaDocsConfig,
        sections: [testPersonaDocsConfig.sections[1]],
      },
    });
    expect(
      await screen.findByText('No docs for End User yet'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Integrator (2)' }),
    );
    expect(personaControl()).toHaveTextContent('Integrator');
    expect(treeItemTitles('Framework')).toEqual([
      'Building plugins',
      'Testing plugins',
    ]);
  });

  it('says when nothing matches, and where matches are', async () => {
    await renderPersonaDocs(<PageContent />, {
      url: '/docs-by-persona?q=threat',
    });
    expect(
      await screen.findByText('Nothing matches “threat” for End User'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Administrator (1)' }),
    ).toBeInTheDocument();
  });

  it('shows an example config when nothing is configured', async () => {
    await renderPersonaDocs(<PageContent />, { personaDocs: undefined });
    expect(
      await screen.findByText('No docs are mapped to personas yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/docs: component:default\/backstage-docs/),
    ).toBeInTheDocument();
  });

  it('lists config problems in one collapsible panel and renders the valid rest', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: {
        sections: [
          {
            id: 'portal',
            title: 'Portal',
            entries: [
              { title: 'Good link', url: '/good' },
              { title: 'Script', url: 'javascript:alert(1)' },
              { title: 'Typo', url: '/typo', personas: ['admn'] },
            ],
          },
        ],
      },
      url: '/docs-by-persona?persona=all',
    });
    const summary = await screen.findByRole('button', {
      name: /4 problems in the personaDocs configuration/,
    });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(summary);
    expect(summary).toHaveAttribute('aria-expanded', 'true');
    const lines = screen.getAllByRole('listitem').map(li => li.textContent);
    expect(lines).toEqual([
      'personaDocs.sections[0].entries[1].url: unsupported URL "javascript:alert(1)"; use an http, https or mailto URL, or an in-app path starting with a single /; url ignored',
      'personaDocs.sections[0].entries[1]: has no usable docs, url or children, so it leads nowhere; entry dropped',
      'personaDocs.sections[0].entries[2].personas[0]: unknown persona "admn"; known: user, administrator, integrator, contributor, business-stakeholder',
      "personaDocs.sections[0].entries[2].personas: no valid persona ids; the entry inherits its parent's personas instead",
    ]);
    expect(treeItemTitles('Portal')).toEqual(['Good link', 'Typo']);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
  ])('never renders the URL %j as an href', async url => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: {
        sections: [
          {
            title: 'Portal',
            entries: [
              { title: 'Bad', url },
              { title: 'Good', url: '/good' },
            ],
          },
        ],
      },
      url: '/docs-by-persona?persona=all',
    });
    await screen.findByRole('tree', { name: 'Portal docs' });
    const hrefs = Array.from(document.querySelectorAll('a')).map(a =>
      a.getAttribute('href'),
    );
    expect(hrefs).toContain('/good');
    for (const href of hrefs) {
      expect(href).not.toMatch(/script|data:|^\/\//i);
    }
    expect(screen.queryByText('Bad')).not.toBeInTheDocument();
  });

  describe('links', () => {
    it('links docs entries to the TechDocs reader page, with their path', async () => {
      await renderPersonaDocs(<PageContent />, {
        url: '/docs-by-persona?persona=all',
      });
      const link = await screen.findByRole('link', {
        name: 'Installing and configuring',
      });
      expect(link).toHaveAttribute(
        'href',
        '/docs/default/component/backstage-docs/admin/installing#database',
      );
    });

    it('lowercases entity refs unless the app keeps case-sensitive paths', async () => {
      const personaDocs = {
        sections: [
          {
            title: 'S',
            entries: [{ title: 'Mixed', docs: 'Component:Team-A/Payments' }],
          },
        ],
      };
      const first = await renderPersonaDocs(<PageContent />, {
        personaDocs,
        url: '/docs-by-persona?persona=all',
      });
      expect(
        await screen.findByRole('link', { name: 'Mixed' }),
      ).toHaveAttribute('href', '/docs/team-a/component/payments');
      first.unmount();
      await renderPersonaDocs(<PageContent />, {
        personaDocs,
        url: '/docs-by-persona?persona=all',
        extraConfig: { techdocs: { legacyUseCaseSensitiveTripletPaths: true } },
      });
      expect(
        await screen.findByRole('link', { name: 'Mixed' }),
      ).toHaveAttribute('href', '/docs/Team-A/Component/Payments');
    });

    it('opens external links in a new tab without leaking the opener', async () => {
      await renderPersonaDocs(<PageContent />, {
        url: '/docs-by-persona?persona=all',
      });
      const link = await screen.findByRole('link', {
        name: /Backstage threat model/,
      });
      expect(link).toHaveAttribute(
        'href',
        'https://backstage.io/docs/overview/threat-model',
      );
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      const inApp = screen.getByRole('link', { name: 'Browse the catalog' });
      expect(inApp).toHaveAttribute('href', '/catalog');
      expect(inApp).not.toHaveAttribute('target');
    });

    it('reports an opened entry with persona and entry id', async () => {
      const { analyticsEvents } = await renderPersonaDocs(<PageContent />);
      await userEvent.click(
        await screen.findByRole('link', { name: 'Browse the catalog' }),
      );
      expect(analyticsEvents()).toContainEqual(
        expect.objectContaining({
          action: 'click',
          subject: 'Browse the catalog',
          attributes: { persona: 'user', entryId: 'catalog' },
        }),
      );
    });
  });

  describe('TechDocs', () => {
    it('fills in missing titles and descriptions from TechDocs', async () => {
      await renderPersonaDocs(<PageContent />);
      expect(
        await screen.findByRole('link', { name: 'Developer guide' }),
      ).toHaveAttribute('href', '/docs/default/component/developer-guide');
      expect(
        screen.getByText('Guide for developers and IT employees'),
      ).toBeInTheDocument();
    });

    it('marks entries whose site does not exist and keeps them listed', async () => {
      await renderPersonaDocs(<PageContent />, {
        url: '/docs-by-persona?persona=integrator',
      });
      const item = await screen.findByRole('treeitem', {
        name: /^Testing plugins/,
      });
      expect(
        await within(item).findByText('Docs not found'),
      ).toBeInTheDocument();
      expect(
        within(item).getByRole('link', { name: 'Testing plugins' }),
      ).toBeInTheDocument();
    });

    it('marks other failures as status unknown without blocking the rest', async () => {
      const techdocsApi = createFakeTechDocsApi();
      const healthy = techdocsApi.getTechDocsMetadata.getMockImplementation()!;
      techdocsApi.getTechDocsMetadata.mockImplementation(async ref => {
        if (ref.name === 'backstage-docs')
          throw new Error('503 Service Unavailable');
        return healthy(ref);
      });
      await renderPersonaDocs(<PageContent />, { techdocsApi });
      const item = await screen.findByRole('treeitem', { name: /^Logging in/ });
      expect(
        await within(item).findByText('Status unknown'),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('link', { name: 'Developer guide' }),
      ).toBeInTheDocument();
    });

    it('asks TechDocs once per distinct visible entity, and not again when switching back', async () => {
      const techdocsApi = createFakeTechDocsApi();
      await renderPersonaDocs(<PageContent />, {
        techdocsApi,
        url: '/docs-by-persona?persona=all',
      });
      await screen.findByRole('link', { name: 'Developer guide' });
      await screen.findByText('Docs not found');
      const sites = () =>
        techdocsApi.getTechDocsMetadata.mock.calls
          .map(([ref]) => ref.name)
          .sort();
      // backstage-docs backs two entries but is asked for once.
      expect(sites()).toEqual([
        'backstage-docs',
        'developer-guide',
        'missing-docs',
      ]);
      // The entity is only needed for a missing title, or for a missing
      // description of an entry that points at a whole site (no path).
      const entities = () =>
        techdocsApi.getEntityMetadata.mock.calls
          .map(([ref]) => ref.name)
          .sort();
      expect(entities()).toEqual(['developer-guide', 'missing-docs']);
      await choosePersona('End User');
      await choosePersona('All personas');
      await screen.findByText('Docs not found');
      expect(sites()).toEqual([
        'backstage-docs',
        'developer-guide',
        'missing-docs',
      ]);
      expect(entities()).toEqual(['developer-guide', 'missing-docs']);
    });

    it('only asks about entries that are shown', async () => {
      const techdocsApi = createFakeTechDocsApi();
      await renderPersonaDocs(<PageContent />, { techdocsApi });
      await screen.findByRole('link', { name: 'Developer guide' });
      const asked = techdocsApi.getTechDocsMetadata.mock.calls.map(
        ([ref]) => ref.name,
      );
      expect(asked).not.toContain('missing-docs');
    });

    it('renders the tree before TechDocs answers, and without TechDocs at all', async () => {
      const techdocsApi = createFakeTechDocsApi();
      techdocsApi.getTechDocsMetadata.mockImplementation(
        () => new Promise(() => {}),
      );
      const first = await renderPersonaDocs(<PageContent />, {
        techdocsApi,
      });
      expect(
        await screen.findByRole('link', { name: 'Logging in' }),
      ).toBeInTheDocument();
      // An untitled entry shows its site's name until TechDocs answers.
      expect(
        screen.getByRole('link', { name: 'developer-guide' }),
      ).toBeInTheDocument();
      first.unmount();
      await renderPersonaDocs(<PageContent />, { techdocsApi: null });
      expect(
        await screen.findByRole('link', { name: 'Logging in' }),
      ).toBeInTheDocument();
    });
  });

  describe('keyboard', () => {
    it('moves with arrows, opens and closes branches, and opens entries with Enter', async () => {
      const { analyticsEvents } = await renderPersonaDocs(<PageContent />);
      const tree = await screen.findByRole('tree', {
        name: 'Developer Portal docs',
      });
      const group = within(tree).getByRole('treeitem', {
        name: /^User guides/,
      });
      act(() => group.focus());
      expect(group).toHaveFocus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(group).toHaveAttribute('aria-expanded', 'false');
      await userEvent.keyboard('{ArrowRight}');
      expect(group).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      const catalog = within(tree).getByRole('treeitem', {
        name: /^Browse the catalog/,
      });
      expect(catalog).toHaveFocus();
      await userEvent.keyboard('{End}');
      expect(
        within(tree).getByRole('treeitem', {
          name: /^Developer guide|^developer-guide/,
        }),
      ).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(group).toHaveFocus();
      await userEvent.keyboard('b');
      expect(catalog).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(analyticsEvents()).toContainEqual(
        expect.objectContaining({
          action: 'click',
          attributes: { persona: 'user', entryId: 'catalog' },
        }),
      );
    });

    it('keeps one tab stop per tree: links inside entries are not tabbable', async () => {
      await renderPersonaDocs(<PageContent />);
      const tree = await screen.findByRole('tree', {
        name: 'Developer Portal docs',
      });
      await waitFor(() =>
        expect(
          within(tree)
            .getAllByRole('treeitem')
            .filter(i => i.tabIndex === 0),
        ).toHaveLength(1),
      );
      for (const link of within(tree).getAllByRole('link')) {
        expect(link).toHaveAttribute('tabindex', '-1');
      }
    });
  });

  it('shows a long list a page at a time', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      title: `Page ${i + 1}`,
      url: `/p/${i}`,
    }));
    await renderPersonaDocs(<PageContent />, {
      personaDocs: { sections: [{ title: 'Big', entries }] },
      url: '/docs-by-persona?persona=user',
    });
    const tree = await screen.findByRole('tree', { name: 'Big docs' });
    // Counting with selectors: role queries over hundreds of items are slow.
    const links = () => tree.querySelectorAll('a').length;
    // The first screen of rows comes at once, the rest of the page right
    // after.
    expect(links()).toBe(25);
    await waitFor(() => expect(links()).toBe(50));
    await userEvent.click(within(tree).getByText('Show 50 more of 120'));
    expect(links()).toBe(100);
    expect(document.activeElement).toHaveTextContent(/^Page 51$/);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toHaveTextContent('Show 20 more of 120');
    await userEvent.keyboard('{Enter}');
    expect(links()).toBe(120);
    expect(document.activeElement).toHaveTextContent(/^Page 101$/);
    expect(within(tree).queryByText(/Show \d+ more/)).not.toBeInTheDocument();
  });
});
