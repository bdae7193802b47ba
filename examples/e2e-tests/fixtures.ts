import { Browser, Page, test as base } from '@playwright/test';
import { BackstageBackend } from '../../fixtures/backstageBackend';
import { browserChecks } from '../../fixtures/browserChecks';
import {
  ExampleApp,
  ExampleAppOptions,
  startExampleApp,
} from '../../fixtures/exampleApp';
import { PersonaDocsPage } from '../../fixtures/personaDocsPage';

/**
 * Playwright's test, extended with the example app that each worker starts
 * as its project says. `page` opens on the app, signed in as a returning
 * guest, and fails the test on any browser error.
 */
export const test = base.extend<
  { docs: PersonaDocsPage; backend: BackstageBackend },
  { example: ExampleAppOptions; exampleApp: ExampleApp }
>({
  example: [
    { frontend: 'app', mode: 'production', port: 7107 },
    { scope: 'worker', option: true },
  ],
  exampleApp: [
    async ({ example }, provide) => {
      const app = await startExampleApp(example);
      await provide(app);
      await app.stop();
    },
    { scope: 'worker', timeout: 360_000 },
  ],
  baseURL: async ({ exampleApp }, provide) => provide(exampleApp.baseUrl),
  backend: async ({ exampleApp }, provide) => provide(exampleApp.backend),
  page: async ({ page, backend }, provide) => {
    // Every test starts as a reader who never picked a persona nor read a
    // step of a learning path.
    for (const key of [
      'selectedPersona',
      'selectedPersona.v2',
      'progress',
      'progress.v2',
    ]) {
      await backend.removeUserSetting('persona-docs', key);
    }
    const checks = await browserChecks(page, { signedInAs: 'guest' });
    await provide(page);
    checks.expectNoErrors();
  },
  docs: async ({ page, backend }, provide) =>
    provide(new PersonaDocsPage(page, backend)),
});

export { expect } from '@playwright/test';
export { expectNoAccessibilityViolations } from '../../fixtures/browserChecks';

/**
 * Runs `run` in a fresh browser context, signed in as the same guest: a
 * second device, with nothing of the first one's browser storage.
 */
export async function onSecondDevice(
  browser: Browser,
  run: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const checks = await browserChecks(page, { signedInAs: 'guest' });
    await run(page);
    checks.expectNoErrors();
  } finally {
    await context.close();
  }
}
