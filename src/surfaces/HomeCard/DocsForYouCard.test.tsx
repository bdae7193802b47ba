import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../__testUtils__/surfacesConfig';
import { DocsForYouCard } from './DocsForYouCard';

const admin = { ownershipEntityRefs: ['group:default/platform-team'] };

describe('DocsForYouCard', () => {
  it('starts a newcomer on their learning path, then lists the first other entries', async () => {
    await renderPersonaDocs(<DocsForYouCard limit={2} />, {
      personaDocs: surfacesConfig,
      ...admin,
    });
    const path = await screen.findByRole('region', {
      name: 'Set up your first portal',
    });
    expect(within(path).getByText('0 of 3 done')).toBeInTheDocument();
    expect(
      within(path).getByRole('link', { name: 'Create your portal' }),
    ).toBeInTheDocument();
    // The path's steps are not listed twice.
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual(['Monitoring', 'Building plugins']);
    expect(
      screen.getByRole('link', { name: 'All docs for you' }),
    ).toHaveAttribute('href', '/docs-by-persona');
  });

  it('narrows to one section', async () => {
    await renderPersonaDocs(<DocsForYouCard section="framework" />, {
      personaDocs: surfacesConfig,
    });
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('link')
        .map(l => l.textContent),
    ).toEqual(['Building plugins']);
  });

  it('follows a persona picked elsewhere, and switches it inline', async () => {
    const { personaApi } = await renderPersonaDocs(<DocsForYouCard />, {
      personaDocs: surfacesConfig,
    });
    expect(
      await screen.findByRole('link', { name: 'Logging in' }),
    ).toBeInTheDocument();
    await personaApi.selectPersona('administrator');
    expect(
      await screen.findByRole('link', { name: 'Create your portal' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Logging in' }),
    ).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Persona' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /End User/ }),
    );
    expect(
      await screen.findByRole('link', { name: 'Logging in' }),
    ).toBeInTheDocument();
    expect((await personaApi.getSelection()).personaId).toBe('user');
  });

  it('shows the path the reader started, with its next step', async () => {
    const { progressApi } = await renderPersonaDocs(<DocsForYouCard />, {
      personaDocs: surfacesConfig,
      ...admin,
    });
    await screen.findByRole('link', { name: 'Create your portal' });
    await progressApi.markDone(['create']);
    expect(await screen.findByText('1 of 3 done')).toBeInTheDocument();
    expect(screen.getByText(/Next step/).parentElement).toHaveTextContent(
      'Install it',
    );
  });

  it('asks who the reader is when nothing gives them a persona', async () => {
    const { defaultPersona: _none, ...withoutDefault } = surfacesConfig;
    await renderPersonaDocs(<DocsForYouCard />, {
      personaDocs: withoutDefault,
    });
    expect(
      await screen.findByRole('heading', { name: 'Who are you?' }),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /Administrator/ }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'Create your portal' }),
      ).toBeInTheDocument(),
    );
  });
});
