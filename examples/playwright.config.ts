import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import type { ExampleAppOptions } from '../fixtures/exampleApp';

/**
 * End-to-end tests of the example app (examples/app), with the plugin
 * installed from its packed tarball: `npm run test:examples` after
 * `npm run examples:setup`. Each project runs the app one way an integrator
 * would; each test worker starts that app and stops it afterwards.
 */
export default defineConfig<{}, { example: ExampleAppOptions }>({
  testDir: 'e2e-tests',
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
        outputFolder: '../node_modules/.cache/examples-test-report',
      },
    ],
  ],
  outputDir: '../node_modules/.cache/examples-test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'new-frontend-system, production build',
      use: { example: { frontend: 'app', mode: 'production', port: 7107 } },
      testIgnore: /configMistakes|scaledOut/,
    },
    {
      name: 'legacy, production build',
      use: {
        example: { frontend: 'app-legacy', mode: 'production', port: 7108 },
      },
      testIgnore: /configMistakes|scaledOut/,
    },
    {
      name: 'new-frontend-system, development',
      use: { example: { frontend: 'app', mode: 'development', port: 7109 } },
      testIgnore: /configMistakes|scaledOut/,
    },
    {
      name: 'config mistakes, production build',
      use: {
        example: {
          frontend: 'app',
          mode: 'production',
          port: 7110,
          configFiles: ['../fixtures/configs/app-config.with-mistakes.yaml'],
        },
      },
      testMatch: /configMistakes/,
    },
    {
      // Two backend replicas on PostgreSQL behind nginx, with replicas
      // killed and restarted and user settings slowed and failed: one
      // worker starts the portal for every test of the file, in order.
      name: 'scaled out: two replicas on PostgreSQL behind nginx',
      testMatch: /scaledOut/,
      timeout: 300_000,
    },
  ],
});
