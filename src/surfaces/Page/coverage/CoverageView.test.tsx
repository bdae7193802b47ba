import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPersonaDocs } from '../../../__testUtils__/renderPersonaDocs';
import { surfacesConfig } from '../../../__testUtils__/surfacesConfig';
import { PageContent } from '../PageContent';

const jane: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'jane', namespace: 'default', title: 'Jane Doe' },
  spec: {},
};

describe('the coverage view', () => {
  it('works in an app without the catalog, saying what View as needs', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      url: '/docs-by-persona?view=coverage',
    });
    expect(
      await screen.findByText('Entries per persona and section'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'View as needs the software catalog, which this app does not have.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the picked user has left the catalog', async () => {
    const catalogApi = {
      queryEntities: jest.fn(async () => ({
        items: [jane, { kind: 42, metadata: {} } as unknown as Entity],
        pageInfo: {},
        totalItems: 2,
      })),
      getEntityByRef: jest.fn(async () => undefined),
    };
    await renderPersonaDocs(<PageContent />, {
      personaDocs: surfacesConfig,
      url: '/docs-by-persona?view=coverage',
      catalogApi,
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'User or group' }),
      'jan',
    );
    const listbox = await screen.findByRole('listbox');
    // The malformed entity is not offered.
    expect(within(listbox).getAllByRole('option')).toHaveLength(1);
    await userEvent.click(
      within(listbox).getByRole('option', {
        name: 'Jane Doe (user:default/jane)',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Jane Doe is no longer in the catalog; pick another user or group.',
    );
    expect(catalogApi.getEntityByRef).toHaveBeenCalledWith('user:default/jane');
  });
});
