import { test as base } from '@playwright/test';
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
    await backend.removeUserSetting('persona-docs', 'selectedPersona');
    const checks = await browserChecks(page, { signedInAs: 'guest' });
    await provide(page);
    checks.expectNoErrors();
  },
  docs: async ({ page, backend }, provide) =>
    provide(new PersonaDocsPage(page, backend)),
});

export { expect } from '@playwright/test';
export { expectNoAccessibilityViolations } from '../../fixtures/browserChecks';
