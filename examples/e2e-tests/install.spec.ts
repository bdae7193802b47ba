import { NAV_LABEL, PersonaDocsPage } from '../../fixtures/personaDocsPage';
import {
  expect,
  expectNoAccessibilityViolations,
  onSecondDevice,
  test,
} from './fixtures';

// What an integrator gets from installing the packed plugin into an app as
// create-app generates it: each project runs the same tests against the new
// frontend system app (production build and dev server) and the legacy app.
test.describe('the installed plugin', () => {
  test('is in the navigation and opens the page', async ({ docs, page }) => {
    // The TechDocs index, rather than the catalog at `/`, whose page logs a
    // React key warning of its own in development builds.
    await page.goto('/docs');
    await docs.openFromNavigation();
    await expect(page).toHaveURL(/\/docs-by-persona$/);
    // The nav label fits the sidebar without being cut off.
    const label = page.getByRole('link', { name: NAV_LABEL }).first();
    expect(
      await label.evaluate(link =>
        Array.from(link.querySelectorAll('*')).every(
          element => element.scrollWidth <= element.clientWidth + 1,
        ),
      ),
    ).toBe(true);
    await expectNoAccessibilityViolations(page);
  });

  test('picks the persona from the reader’s group in the catalog', async ({
    docs,
  }) => {
    await docs.open();
    await expect(docs.personaControl).toHaveText('Administrator / Operator');
    await expect(docs.reason).toHaveText(
      'From your membership in group:default/platform-team',
    );
  });

  test('keeps a chosen persona across a reload and on a second device', async ({
    docs,
    page,
    browser,
    backend,
  }) => {
    await docs.open();
    await docs.choosePersona('End User');
    await expect(docs.reason).toHaveText('Chosen by you');
    // Stored by the user-settings backend, not in this browser.
    await expect.poll(() => docs.storedPersona()).toBe('user');
    await page.reload();
    await expect(docs.personaControl).toHaveText('End User');

    await onSecondDevice(browser, async other => {
      const otherDocs = new PersonaDocsPage(other, backend);
      await otherDocs.open();
      await expect(otherDocs.personaControl).toHaveText('End User');
      await expect(otherDocs.reason).toHaveText('Chosen by you');
    });
  });

  test('opens a docs entry in the TechDocs reader with the page the backend serves', async ({
    docs,
    page,
  }) => {
    await docs.open('?persona=administrator');
    await docs
      .entry('Installing and Configuring')
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(
      /\/docs\/default\/component\/backstage-docs\/developer-portal\/administrator-guides\/installing\/?$/,
    );
    await expect(
      page
        .getByTestId('techdocs-native-shadowroot')
        .getByRole('heading', { name: /^Database/ }),
    ).toBeVisible();
  });

  test('fills in titles from TechDocs and marks a missing site', async ({
    docs,
  }) => {
    await docs.open('?persona=all');
    // The entry's config has only `docs:`; its title is the entity's.
    await expect(
      docs.entry('Backstage guide for developers and IT employees'),
    ).toBeVisible();
    await docs.open('?persona=administrator&q=runbooks');
    await expect(
      docs.entry('Company runbooks').getByText('Docs not found'),
    ).toBeVisible();
  });
});
