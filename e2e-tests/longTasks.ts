import { expect, Page } from '@playwright/test';
import { NAV_LABEL, PersonaDocsPage } from '../fixtures/personaDocsPage';

/**
 * Records main-thread tasks longer than 50 ms (the Long Tasks API), from
 * before the page's scripts run.
 */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as any).__longTasks = tasks;
    new PerformanceObserver(list => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The page's clock, to tell tasks before and after a moment apart. */
async function pageTime(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/**
 * The longest main-thread task recorded since `since` (page time), in
 * milliseconds; tasks that were running at that moment count too.
 */
export async function longestTaskSince(page: Page, since = 0): Promise<number> {
  return page.evaluate(
    from =>
      Math.max(
        0,
        ...(
          (window as any).__longTasks as { start: number; duration: number }[]
        )
          .filter(task => task.start + task.duration >= from)
          .map(task => task.duration),
      ),
    since,
  );
}

/**
 * Boots the app on another page, then opens the persona page from the
 * navigation, recording long tasks throughout. A dev app parses its whole
 * config (with every entry) before any plugin runs; that cost is
 * Backstage's, so measurements start once the app has booted.
 *
 * @returns the page, and the page time at which it was opened
 */
export async function openPersonaDocsAfterBoot(docs: PersonaDocsPage) {
  const page = docs.page;
  await recordLongTasks(page);
  await page.goto('/docs');
  await expect(
    page.getByRole('link', { name: NAV_LABEL }).first(),
  ).toBeVisible();
  const openedAt = await pageTime(page);
  await docs.openFromNavigation();
  return { openedAt };
}
