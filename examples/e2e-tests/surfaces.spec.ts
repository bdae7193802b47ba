import { Page } from '@playwright/test';
import { PersonaDocsPage } from '../../fixtures/personaDocsPage';
import {
  expect,
  expectNoAccessibilityViolations,
  onSecondDevice,
  test,
} from './fixtures';

// The persona beyond its page, in the installed plugin: the home page card,
// the TechDocs reader addon, the entity page card, the settings tab, learning
// paths and search inside the docs, in each project's app.

const HOME_CARD = '[data-testid="persona-docs-home-card"]';
const ENTITY_CARD = '[data-testid="persona-docs-entity-card"]';

const homeCard = (page: Page) => page.locator(HOME_CARD);
const addon = (page: Page) =>
  page.getByRole('navigation', { name: /^This page in the docs for/ });
const pathCard = (page: Page) =>
  page.getByRole('region', { name: 'Set up your first portal' });

async function openHome(page: Page) {
  await page.goto('/home');
  await expect(
    homeCard(page).getByRole('combobox', { name: 'Persona' }),
  ).toBeVisible();
}

test.describe('the persona everywhere', () => {
  test('the home card follows a persona picked on the page', async ({
    docs,
    page,
  }) => {
    await openHome(page);
    const card = homeCard(page);
    await expect(card.getByRole('combobox', { name: 'Persona' })).toHaveText(
      'Administrator / Operator',
    );
    // A newcomer is started on their learning path.
    await expect(pathCard(page)).toContainText('0 of 5 done');
    await expectNoAccessibilityViolations(page, HOME_CARD);

    await docs.open();
    await docs.choosePersona('End User');
    await openHome(page);
    await expect(card.getByRole('combobox', { name: 'Persona' })).toHaveText(
      'End User',
    );
    await expect(
      card.getByRole('link', { name: 'What is Backstage?' }),
    ).toBeVisible();
    await expect(pathCard(page)).toHaveCount(0);
  });

  test('a learning path advances from the card, through the reader, on every surface and device', async ({
    page,
    browser,
    backend,
  }) => {
    await openHome(page);
    await pathCard(page)
      .getByRole('link', { name: 'Create your portal' })
      .click();
    await expect(page).toHaveURL(
      /\/docs\/default\/component\/backstage-docs\/developer-portal\/getting-started\/?$/,
    );
    await expect(addon(page)).toContainText(
      'Step 1 of 5 in Set up your first portal',
    );
    await expect(addon(page)).toContainText('1 of 5 done');
    await expectNoAccessibilityViolations(page, 'nav[aria-label^="This page"]');

    await addon(page)
      .getByRole('link', { name: 'Install and configure it' })
      .click();
    await expect(page).toHaveURL(/administrator-guides\/installing\/?$/);
    await expect(addon(page)).toContainText('Step 2 of 5');
    // Reading the step in the reader counts it done.
    await expect(addon(page)).toContainText('2 of 5 done');

    await openHome(page);
    await expect(pathCard(page)).toContainText('2 of 5 done');
    await expect(
      pathCard(page).getByRole('link', { name: 'Secure it' }),
    ).toBeVisible();
    const docs = new PersonaDocsPage(page, backend);
    await docs.open();
    await expect(pathCard(page)).toContainText('2 of 5 done');

    // Kept by the user-settings backend: a new browser context has it too.
    await expect
      .poll(() => backend.userSetting('persona-docs', 'progress'))
      .toEqual(['first-portal-create', 'first-portal-install']);
    await onSecondDevice(browser, async other => {
      await new PersonaDocsPage(other, backend).open();
      await expect(pathCard(other)).toContainText('2 of 5 done');
    });
  });

  test('the reader addon crosses from one TechDocs site to the next', async ({
    page,
  }) => {
    await page.goto(
      '/docs/default/component/backstage-docs/developer-portal/administrator-guides/securing/',
    );
    await expect(addon(page)).toContainText('Step 3 of 5');
    await addon(page)
      .getByRole('link', { name: 'Add the advanced features' })
      .click();
    await expect(page).toHaveURL(
      /\/docs\/default\/component\/developer-guide\/advanced-features\/?$/,
    );
    await expect(addon(page)).toContainText('Step 4 of 5');
    await expect(
      page
        .getByTestId('techdocs-native-shadowroot')
        .getByRole('heading', { name: /Advanced features/ })
        .first(),
    ).toBeVisible();
    // Back to the persona docs page from the reader.
    await addon(page)
      .getByRole('link', { name: 'All docs for Administrator / Operator' })
      .click();
    await expect(page).toHaveURL(/\/docs-by-persona/);
  });

  test('the reader addon stays away from pages in no entry of the persona', async ({
    page,
  }) => {
    await page.goto(
      '/docs/default/component/backstage-docs/framework/architecture/',
    );
    await expect(
      page
        .getByTestId('techdocs-native-shadowroot')
        .getByRole('heading')
        .first(),
    ).toBeVisible();
    await expect(addon(page)).toHaveCount(0);
  });

  test('the entity card lists the entity’s entries for the current persona', async ({
    docs,
    page,
  }) => {
    await page.goto('/catalog/default/component/portal-backend');
    const card = page.locator(ENTITY_CARD);
    await expect(
      card.getByText('About this component, for Administrator / Operator'),
    ).toBeVisible();
    await expect(card.getByRole('link')).toHaveText([
      'Deploy it to production',
      'Deploying in Production',
      'Monitoring',
      'Troubleshooting',
    ]);
    await expectNoAccessibilityViolations(page, ENTITY_CARD);

    await docs.open();
    await docs.choosePersona('End User');
    await page.goto('/catalog/default/component/portal-backend');
    await expect(
      card.getByText('No docs about this component for End User.', {
        exact: false,
      }),
    ).toBeVisible();
  });

  test('settings pick and forget the persona', async ({ docs, page }) => {
    await page.goto('/settings/persona');
    const persona = page.getByRole('combobox', { name: 'Persona' });
    await expect(persona).toHaveText('Administrator / Operator');
    await expectNoAccessibilityViolations(
      page,
      '[data-testid="persona-docs-settings"]',
    );
    await persona.click();
    await page.getByRole('option', { name: /^End User/ }).click();
    await expect(page.getByText('Chosen by you')).toBeVisible();
    await expect.poll(() => docs.storedPersona()).toBe('user');
    await page.getByRole('button', { name: 'Forget my choice' }).click();
    await expect(persona).toHaveText('Administrator / Operator');
    await expect.poll(() => docs.storedPersona()).toBeUndefined();
  });

  test('search inside the docs returns only the persona’s sites', async ({
    docs,
    page,
  }) => {
    // The developer guide is for end users, not for integrators.
    await docs.open('?persona=user&q=employees');
    await page
      .getByRole('button', { name: 'Search inside these docs' })
      .click();
    const results = page.getByRole('region', {
      name: 'Inside the docs of End User',
    });
    await expect(results).toContainText(/\d+ pages? match “employees”/);
    const links = results.getByRole('listitem').getByRole('link');
    await expect(links.first()).toHaveAttribute(
      'href',
      /\/docs\/default\/component\/developer-guide\//,
    );
    await expectNoAccessibilityViolations(page);

    await docs.open('?persona=integrator&q=employees');
    await page
      .getByRole('button', { name: 'Search inside these docs' })
      .click();
    await expect(
      page.getByRole('region', {
        name: 'Inside the docs of Integrator / Builder',
      }),
    ).toContainText('No page inside these docs matches “employees”.');
  });

  test('a German reader sees German on every surface', async ({ page }) => {
    await page.addInitScript(() =>
      window.localStorage.setItem('language', 'de'),
    );
    await page.goto('/docs-by-persona');
    await expect(
      page.getByRole('heading', { name: 'Lernpfade' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Ihr erstes Portal einrichten' }),
    ).toContainText('0 von 5 erledigt');
    await expect(page.getByRole('combobox', { name: 'Persona' })).toHaveText(
      'Administrator / Betreiber',
    );
    await page.goto('/home');
    await expect(
      homeCard(page).getByRole('link', { name: 'Alle Doku für Sie' }),
    ).toBeVisible();
    await page.goto(
      '/docs/default/component/backstage-docs/developer-portal/getting-started/',
    );
    await expect(addon(page)).toHaveCount(0);
    await expect(
      page.getByRole('navigation', {
        name: 'Diese Seite in der Doku für Administrator / Betreiber',
      }),
    ).toContainText('Schritt 1 von 5 in Ihr erstes Portal einrichten');
  });
});
