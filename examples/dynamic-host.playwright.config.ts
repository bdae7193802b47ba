import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../fixtures/chromium';

/**
 * End-to-end tests of the dynamic plugins example host
 * (examples/dynamic-host), which loads the plugin at run time from its
 * backend's dynamic-plugins folder: `npm run test:examples:dynamic` after
 * `npm run build:dynamic` and `npm run examples:dynamic:setup`. One worker
 * starts the host's backend for all tests and stops it afterwards.
 */
export default defineConfig({
  testDir: 'dynamic-e2e-tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two cores: one app and one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    [
      'html',
      {
        open: 'never',
        outputFolder: '../node_modules/.cache/dynamic-host-test-report',
      },
    ],
  ],
  outputDir: '../node_modules/.cache/dynamic-host-test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
