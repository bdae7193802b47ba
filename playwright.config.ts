import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e-tests/chromium';
import type { DevAppOptions } from './e2e-tests/devAppServer';

/**
 * End-to-end tests against both dev apps in Debian's Chromium. Each test
 * worker starts the dev app it needs and stops it afterwards.
 */
export default defineConfig<
  {},
  { system: DevAppOptions['system']; basePort: number }
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
