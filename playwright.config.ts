import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/chromium';
import type { DevPortalOptions } from './fixtures/devPortal';

/**
 * End-to-end tests against both dev apps, each over the dev backend, in
 * Debian's Chromium. Each test worker starts the dev portal it needs and
 * stops it afterwards. The example apps have their own configuration in
 * examples/playwright.config.ts.
 */
export default defineConfig<
  {},
  { system: DevPortalOptions['system']; basePort: number }
>({
  testDir: 'e2e-tests',
  globalSetup: './e2e-tests/globalSetup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two cores: one dev app and one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    [
      'html',
      { open: 'never', outputFolder: 'node_modules/.cache/e2e-test-report' },
    ],
  ],
  outputDir: 'node_modules/.cache/e2e-test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'new-frontend-system', use: { system: 'new', basePort: 3131 } },
    {
      name: 'legacy',
      use: { system: 'legacy', basePort: 3132 },
      // The size checks exercise the page body, which both systems share;
      // running them once keeps the suite within its time budget.
      testIgnore: /(large|deep)Config\.spec\.ts/,
    },
  ],
});
