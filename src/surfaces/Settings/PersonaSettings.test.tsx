import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../__testUtils__/surfacesConfig';
import { PersonaSettings } from './PersonaSettings';

describe('PersonaSettings', () => {
  it('picks a persona and forgets the choice again', async () => {
    const { personaApi } = await renderPersonaDocs(<PersonaSettings />, {
      personaDocs: surfacesConfig,
      ownershipEntityRefs: ['group:default/platform-team'],
    });
    expect(
      await screen.findByText(
        'From your membership in group:default/platform-team',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Forget my choice' }),
    ).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Persona' }));
    await userEvent.click(
      await screen.findByRole('option', { name: /End User/ }),
    );
    expect(await screen.findByText('Chosen by you')).toBeInTheDocument();
    expect((await personaApi.getSelection()).personaId).toBe('user');

    await userEvent.click(
      screen.getByRole('button', { name: 'Forget my choice' }),
    );
    await waitFor(async () =>
      expect((await personaApi.getSelection()).personaId).toBe('administrator'),
    );
    expect(
      await screen.findByText(
        'From your membership in group:default/platform-team',
      ),
    ).toBeInTheDocument();
  });
});
