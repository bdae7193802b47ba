import { expect, expectNoAccessibilityViolations, test } from './fixtures';

test.use({ adminConfig: 'app-config.with-mistakes.yaml', portOffset: 10 });

test('a config with mistakes lists them in one panel and shows the valid rest', async ({
  docs,
  page,
  saveScreenshot,
}) => {
  await docs.open('?persona=all');
  const panel = page.getByRole('button', {
    name: /problems in the personaDocs configuration/,
  });
  await expect(panel).toHaveAttribute('aria-expanded', 'false');
  await panel.click();
  const problems = page.locator('#persona-docs-problems li');
  await expect(problems.first()).toBeVisible();
  const texts = await problems.allTextContents();
  expect(texts).toEqual(
    expect.arrayContaining([
      'personaDocs.personas[2].id: duplicate persona id "administrator", first used at personaDocs.personas[1]; persona dropped',
      'personaDocs.defaultPersona: unknown persona "boss"; known: user, administrator, integrator, contributor, business-stakeholder',
      'personaDocs.sections[0].entries[0].personas[0]: unknown persona "admn"; known: user, administrator, integrator, contributor, business-stakeholder',
      'personaDocs.sections[0].entries[1].url: unsupported URL "javascript:alert(document.cookie)"; use an http, https or mailto URL, or an in-app path starting with a single /; url ignored',
      'personaDocs.sections[0].entries[2]: missing title (required unless docs is set); entry dropped',
      'personaDocs.sections[0].entries[3].url: has both docs and url, but an entry has at most one target; url ignored',
      'personaDocs.sections[1].entries: expected a list, got a string; ignored',
    ]),
  );
  await expect(panel).toHaveText(new RegExp(`^${texts.length} problems`));
  expect(await docs.titles('Developer Portal')).toEqual([
    'Installing',
    'Both targets',
    'Logging in',
  ]);
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  await saveScreenshot('config-problems');
  await expectNoAccessibilityViolations(page);
});
