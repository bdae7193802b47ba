import { test as base } from '@playwright/test';
import { BackstageBackend } from '../../fixtures/backstageBackend';
import { browserChecks } from '../../fixtures/browserChecks';
import { DynamicHost, startDynamicHost } from '../../fixtures/dynamicHost';

/** The backend's port; the app is served from it too. */
const PORT = 7201;

/**
 * Playwright's test with the dynamic plugins example host, started once per
 * worker. `page` opens on the host, signed in as a returning guest who
 * never picked a persona, and fails the test on any browser error.
 */
export const test = base.extend<
  { backend: BackstageBackend },
  { host: DynamicHost }
>({
  host: [
    async ({}, provide) => {
      const host = await startDynamicHost(PORT);
      await provide(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 360_000 },
  ],
  baseURL: async ({ host }, provide) => provide(host.baseUrl),
  backend: async ({ host }, provide) => provide(host.backend),
  page: async ({ page, backend }, provide) => {
    await backend.removeUserSetting('persona-docs', 'selectedPersona');
    await backend.removeUserSetting('persona-docs', 'progress');
    const checks = await browserChecks(page, { signedInAs: 'guest' });
    await provide(page);
    checks.expectNoErrors();
  },
});

export { expect } from '@playwright/test';
