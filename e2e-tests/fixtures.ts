import { test as base } from '@playwright/test';
import { resolve } from 'node:path';
import { BackstageBackend } from '../fixtures/backstageBackend';
import { DevPortal, startDevPortal } from '../fixtures/devPortal';
import { PersonaDocsPage } from '../fixtures/personaDocsPage';
import { browserChecks } from '../fixtures/browserChecks';
import { saveScreenshot } from '../fixtures/screenshots';

/** Options a spec or a project sets for the dev portal its tests run against. */
interface DevPortalWorkerOptions {
  system: 'new' | 'legacy';
  /** The project's first port. */
  basePort: number;
  /** Added to the project's port by specs that need a dev portal of their own. */
  portOffset: number;
  /** An administrator's app-config, relative to fixtures/configs. */
  adminConfig: string | undefined;
}

/**
 * Playwright's test, extended with a dev portal (dev backend and dev app)
 * that each worker starts itself and stops when done. `page` opens on the
 * dev app, signed in as the guest the way a returning reader is, and fails
 * the test on any browser error.
 */
export const test = base.extend<
  {
    docs: PersonaDocsPage;
    backend: BackstageBackend;
    saveScreenshot(name: string): Promise<void>;
  },
  DevPortalWorkerOptions & { devPortal: DevPortal }
>({
  system: ['new', { scope: 'worker', option: true }],
  basePort: [3131, { scope: 'worker', option: true }],
  portOffset: [0, { scope: 'worker', option: true }],
  adminConfig: [undefined, { scope: 'worker', option: true }],
  devPortal: [
    async ({ system, basePort, portOffset, adminConfig }, provide) => {
      const portal = await startDevPortal({
        system,
        port: basePort + portOffset,
        configFile:
          adminConfig &&
          resolve(__dirname, '..', 'fixtures', 'configs', adminConfig),
      });
      await provide(portal);
      await portal.stop();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  baseURL: async ({ devPortal }, provide) => provide(devPortal.baseUrl),
  backend: async ({ devPortal }, provide) => provide(devPortal.backend),
  page: async ({ page, backend }, provide) => {
    // Tests share the guest user and its settings: each starts as a reader
    // who has not chosen a persona yet, nor taken a step of a path.
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
  saveScreenshot: async ({ page }, provide, testInfo) => {
    await provide(name => saveScreenshot(page, name, testInfo));
  },
});

export { expect } from '@playwright/test';
export { expectNoAccessibilityViolations } from '../fixtures/browserChecks';
