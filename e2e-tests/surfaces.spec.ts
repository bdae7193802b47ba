import {
  checkCatalogGroup,
  checkCoverage,
  checkViewAs,
} from '../fixtures/adminChecks';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';

// The persona beyond the page and the administrators' tools, in the dev
// portal over its real backend: the catalog fills a group, the coverage tab
// reports on the whole config, and every surface is photographed for the
// README. The example app's surfaces.spec.ts covers the surfaces in depth.

const HOME_CARD = '[data-testid="persona-docs-home-card"]';
const ENTITY_CARD = '[data-testid="persona-docs-entity-card"]';

test.describe('administrators at scale', () => {
  test('a group lists the catalog’s entities for the personas they name', async ({
    docs,
    saveScreenshot,
  }) => {
    await checkCatalogGroup(docs, () => saveScreenshot('catalog-group'));
  });

  test('the coverage tab shows entries per persona, missing and stale sites, and views as a user', async ({
    docs,
    page,
    saveScreenshot,
  }) => {
    await checkCoverage(page, docs);
    await saveScreenshot('coverage');
    // Jane is a member of plugin-builders, which the sample maps to
    // Integrator / Builder.
    await checkViewAs(page, docs, {
      search: 'Jane',
      name: 'Jane Builder',
      persona: 'Integrator / Builder',
      reason: 'From membership in group:default/plugin-builders.',
    });
    // The coverage view is a link of its own.
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Coverage' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});

test.describe('every surface', () => {
  test('home card, reader addon, entity card, settings and languages carry the persona', async ({
    page,
    saveScreenshot,
  }) => {
    await page.goto('/home');
    const card = page.locator(HOME_CARD);
    await expect(card.getByRole('combobox', { name: 'Persona' })).toHaveText(
      'Administrator / Operator',
    );
    await expect(
      page.getByRole('region', { name: 'Set up your first portal' }),
    ).toContainText('0 of 5 done');
    await saveScreenshot('home-card');

    await page.goto(
      '/docs/default/component/backstage-docs/developer-portal/administrator-guides/installing/',
    );
    const addon = page.getByRole('navigation', {
      name: 'This page in the docs for Administrator / Operator',
    });
    await expect(addon).toContainText(
      'Step 2 of 5 in Set up your first portal',
    );
    await saveScreenshot('techdocs-addon');

    await page.goto('/docs-by-persona');
    await expect(
      page.getByRole('region', { name: 'Set up your first portal' }),
    ).toContainText('1 of 5 done');
    await saveScreenshot('learning-path');

    await page.goto('/catalog/default/component/portal-backend');
    const entityCard = page.locator(ENTITY_CARD);
    await expect(
      entityCard.getByText(
        'About this component, for Administrator / Operator',
      ),
    ).toBeVisible();
    await expect(
      entityCard.getByRole('link', { name: 'Deploying in Production' }),
    ).toBeVisible();
    await saveScreenshot('entity-card');

    await page.goto('/settings/persona');
    await expect(
      page
        .locator('[data-testid="persona-docs-settings"]')
        .getByRole('combobox', { name: 'Persona' }),
    ).toHaveText('Administrator / Operator');
    await saveScreenshot('settings');
  });

  test('a German reader gets the page and the sample’s own texts in German', async ({
    page,
    saveScreenshot,
  }) => {
    await page.addInitScript(() =>
      window.localStorage.setItem('language', 'de'),
    );
    await page.goto('/docs-by-persona');
    await expect(page.getByRole('combobox', { name: 'Persona' })).toHaveText(
      'Administrator / Betreiber',
    );
    await expect(
      page.getByRole('heading', { name: 'Lernpfade' }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await saveScreenshot('german');
  });
});
