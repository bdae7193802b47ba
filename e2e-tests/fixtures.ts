import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DevApp, DevAppOptions, startDevApp } from './devAppServer';

/** Options a spec or a project sets for the dev app its tests run against. */
interface DevAppWorkerOptions {
  system: DevAppOptions['system'];
  /** The project's first port. */
  basePort: number;
  /** Added to the project's port by specs that need a dev app of their own. */
  portOffset: number;
  /** An administrator's app-config, relative to e2e-tests/configs. */
  adminConfig: string | undefined;
}

const SCREENSHOTS = resolve(__dirname, '..', 'docs', 'screenshots');

/**
 * Playwright's test, extended with a dev app that each worker starts itself
 * and stops when done; `page` opens on it.
 */
export const test = base.extend<
  { saveScreenshot(name: string): Promise<void> },
  DevAppWorkerOptions & { devApp: DevApp }
>({
  system: ['new', { scope: 'worker', option: true }],
  basePort: [3131, { scope: 'worker', option: true }],
  portOffset: [0, { scope: 'worker', option: true }],
  adminConfig: [undefined, { scope: 'worker', option: true }],
  devApp: [
    async ({ system, basePort, portOffset, adminConfig }, provide) => {
      const app = await startDevApp({
        system,
        port: basePort + portOffset,
        configFile: adminConfig && resolve(__dirname, 'configs', adminConfig),
      });
      await provide(app);
      await app.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ devApp }, provide) => provide(devApp.baseUrl),
  page: async ({ page }, provide) => {
    // Browser errors are test failures, except React's and MUI's
    // development-mode deprecation warnings, which come from upstream code.
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (
        /findDOMNode is deprecated|defaultProps will be removed|Failed to load resource/.test(
          text,
        )
      ) {
        return;
      }
      errors.push(text);
    });
    // External links must not leave this machine; they get a stand-in page.
    await page.context().route(/^https?:\/\/(?!localhost)/, route =>
      route.fulfill({
        contentType: 'text/html',
        body: '<title>External</title>',
      }),
    );
    await provide(page);
    expect(errors, 'errors in the browser console').toEqual([]);
  },
  saveScreenshot: async ({ page }, provide, testInfo) => {
    await provide(async name => {
      // The README shows the new frontend system app; the legacy project
      // attaches its screenshots to the test report only.
      const body = await page.screenshot({ fullPage: false });
      await testInfo.attach(name, { body, contentType: 'image/png' });
      if (testInfo.project.name === 'new-frontend-system') {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
      }
    });
  },
});

export { expect };

/** Runs axe-core's WCAG 2 A and AA rules on the page and expects no violations. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    v =>
      `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
