import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { GENERATED_CONFIGS } from './globalSetup';
import { longestTaskSince, pageTime, recordLongTasks } from './longTasks';
import { PersonaDocsPage } from './personaDocsPage';

test.use({
  adminConfig: resolve(GENERATED_CONFIGS, 'app-config.depth-50.yaml'),
  portOffset: 30,
});

test('50 levels deep render, and a search opens the way down', async ({
  page,
}) => {
  await recordLongTasks(page);
  // As for 100,000 entries: the app boots on another page first.
  await page.goto('/docs');
  await expect(
    page.getByRole('link', { name: /Docs by persona/ }).first(),
  ).toBeVisible();
  const start = await pageTime(page);
  const docs = new PersonaDocsPage(page);
  await docs.openFromNavigation();
  await docs.search.fill('level 50');
  await expect(docs.entry('Level 50')).toBeVisible();
  for (const level of [1, 25, 49]) {
    await expect(docs.entry(`Level ${level}`)).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  }
  expect(await longestTaskSince(page, start)).toBeLessThan(1000);
});
