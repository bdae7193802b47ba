import { Page } from '@playwright/test';

/**
 * Records main-thread tasks longer than 50 ms (the Long Tasks API), from
 * before the page's scripts run.
 */
export async function recordLongTasks(page: Page) {
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
export async function pageTime(page: Page): Promise<number> {
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
