import { expect, expectNoAccessibilityViolations, test } from './fixtures';

test.use({ adminConfig: 'app-config.no-mapping.yaml', portOffset: 40 });

test('a reader whom nothing assigns a persona is asked who they are, once', async ({
  docs,
  page,
  saveScreenshot,
}) => {
  await page.goto('/docs-by-persona');
  const picker = page.getByRole('heading', { name: 'Who are you?' });
  await expect(picker).toBeVisible();
  // Every persona, with what it will see, and "Show me everything".
  const integrator = page.getByRole('button', {
    name: /^Integrator \/ Builder/,
  });
  await expect(integrator).toContainText('0 entries in Developer Portal');
  await expect(integrator).toContainText('1 entry in Framework');
  await expect(
    page.getByRole('button', { name: /^Show me everything/ }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot('persona-cards');

  await integrator.click();
  await expect(docs.personaControl).toHaveText('Integrator / Builder');
  await expect(docs.reason).toHaveText('Chosen by you');
  await expect.poll(() => docs.storedPersona()).toBe('integrator');
  await expect(docs.entry('Building plugins')).toBeVisible();
  await expect(
    page.getByText('Nothing for Integrator / Builder in Developer Portal'),
  ).toBeVisible();
  await saveScreenshot('collapsed-empty-section');

  await page.goto('/docs-by-persona');
  await expect(docs.personaControl).toHaveText('Integrator / Builder');
  await expect(picker).toHaveCount(0);

  // The picker can be opened again from the page.
  await page.getByRole('button', { name: 'Who are you?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(dialog).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: /^End User/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(docs.personaControl).toHaveText('End User');
  await expect.poll(() => docs.storedPersona()).toBe('user');
});
