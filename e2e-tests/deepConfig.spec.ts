import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { GENERATED_CONFIGS } from './globalSetup';
import { longestTaskSince, openPersonaDocsAfterBoot } from './longTasks';

test.use({
  adminConfig: resolve(GENERATED_CONFIGS, 'app-config.depth-50.yaml'),
  portOffset: 30,
});

test('50 levels deep render, and a search opens the way down', async ({
  docs,
  page,
}) => {
  const { openedAt } = await openPersonaDocsAfterBoot(docs);
  await docs.filterBox.fill('level 50');
  await expect(docs.entry('Level 50')).toBeVisible();
  for (const level of [1, 25, 49]) {
    await expect(docs.entry(`Level ${level}`)).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  }
  expect(await longestTaskSince(page, openedAt)).toBeLessThan(1000);
});
