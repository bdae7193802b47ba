import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../__testUtils__/surfacesConfig';
import { EntityPersonaDocsCard } from './EntityPersonaDocsCard';

function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', owner: 'group:default/platform-team' },
  };
}

function renderCard(name: string, admin: boolean) {
  return renderPersonaDocs(
    <EntityProvider entity={component(name)}>
      <EntityPersonaDocsCard />
      <p>Other cards</p>
    </EntityProvider>,
    {
      personaDocs: surfacesConfig,
      ...(admin && { ownershipEntityRefs: ['group:default/platform-team'] }),
    },
  );
}

const links = () =>
  within(screen.getByRole('list'))
    .getAllByRole('link')
    .map(link => link.textContent);

describe('EntityPersonaDocsCard', () => {
  it('lists the entries about an entity without docs of its own', async () => {
    await renderCard('portal-backend', true);
    expect(
      await screen.findByText('About this component, for Administrator'),
    ).toBeInTheDocument();
    expect(links()).toEqual(['Monitoring']);
  });

  it('lists the entries of the entity’s own docs for the persona', async () => {
    await renderCard('backstage-docs', false);
    await screen.findByText('About this component, for End User');
    expect(links()).toEqual(['Logging in', 'Building plugins']);
  });

  it('offers the other personas’ entries when none is for the reader', async () => {
    await renderCard('portal-backend', false);
    expect(
      await screen.findByText(
        /No docs about this component for End User\. 1 entry here is for other personas\./,
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show all personas' }),
    );
    expect(links()).toEqual(['Monitoring']);
  });

  it('renders nothing for an entity no entry is about', async () => {
    await renderCard('unrelated', true);
    await screen.findByText('Other cards');
    expect(screen.queryByText('Docs for you')).not.toBeInTheDocument();
  });
});
