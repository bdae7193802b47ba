import { Browser, expect, Page, test as base } from '@playwright/test';
import { BackstageBackend } from '../../fixtures/backstageBackend';
import { browserChecks } from '../../fixtures/browserChecks';
import { PersonaDocsPage } from '../../fixtures/personaDocsPage';
import {
  Replica,
  ScaledPortal,
  ScaledPortalOptions,
  startScaledPortal,
} from '../../fixtures/scaledPortal';

// The example app scaled out as a portal runs in production: two backend
// replicas on one PostgreSQL server behind nginx (round robin), signals
// carried between replicas by the events bus. Nothing a reader does may be
// lost when replicas die or restart, or user settings are slow or failing.

const KEYS = [
  'selectedPersona',
  'selectedPersona.v2',
  'progress',
  'progress.v2',
];

const test = base.extend<
  { reset: void },
  { scaled: ScaledPortalOptions; portal: ScaledPortal }
>({
  scaled: [
    {
      port: 7400,
      replicaPorts: [7401, 7402],
      faultProxyPort: 7403,
      balancerPort: 7404,
      postgresPort: 5499,
    },
    { scope: 'worker', option: true },
  ],
  portal: [
    async ({ scaled }, provide) => {
      const portal = await startScaledPortal(scaled);
      await provide(portal);
      await portal.stop();
    },
    { scope: 'worker', timeout: 900_000 },
  ],
  baseURL: async ({ portal }, provide) => provide(portal.baseUrl),
  // Every test starts as a reader who never chose a persona nor marked a
  // step, with every replica up and user settings answering.
  reset: [
    async ({ portal }, provide) => {
      portal.userSettingsFaults({});
      for (const replica of portal.replicas) {
        if (!(await replica.backend.isReady().catch(() => false))) {
          await replica.start();
        }
      }
      for (const key of KEYS) {
        await portal.backend.removeUserSetting('persona-docs', key);
      }
      await provide();
    },
    { auto: true },
  ],
});

const PATH = 'Set up your first portal';
const STEPS = [
  'Create your portal',
  'Install and configure it',
  'Secure it',
  'Add the advanced features',
];
const STEP_IDS = [
  'first-portal-create',
  'first-portal-install',
  'first-portal-secure',
  'first-portal-advanced',
];

const pathCard = (page: Page) => page.getByRole('region', { name: PATH });
const step = (page: Page, title: string) =>
  pathCard(page).getByRole('checkbox', { name: title });
/** What the page says about saving progress and the persona choice. */
const progressNote = (page: Page) =>
  page.locator('#persona-docs-paths ~ [role="status"]');

/** Browser errors a portal with a replica down or restarting shows. */
const REPLICA_DOWN =
  /WebSocket connection to .* failed|Failed to fetch user settings|status of 50[234]/;

/**
 * A reader's device: a new browser context, signed in as the guest, whose
 * requests to the backend all go to `replica` when given (else through
 * nginx). Signals connections always go through nginx.
 */
async function device(
  browser: Browser,
  portal: ScaledPortal,
  replica?: Replica,
) {
  const context = await browser.newContext({ baseURL: portal.baseUrl });
  if (replica) {
    await context.route(`${portal.baseUrl}/api/**`, route =>
      route.continue({
        url: route.request().url().replace(portal.baseUrl, replica.url),
      }),
    );
  }
  const open = async () => {
    const page = await context.newPage();
    const checks = await browserChecks(page, {
      signedInAs: 'guest',
      allow: REPLICA_DOWN,
    });
    return { page, checks, docs: new PersonaDocsPage(page, portal.backend) };
  };
  return { context, open };
}

/** What a replica's user-settings backend holds for the guest. */
async function stored(backend: BackstageBackend) {
  const persona = (await backend.userSetting(
    'persona-docs',
    'selectedPersona.v2',
  )) as { personaId?: string } | undefined;
  const progress = (await backend.userSetting(
    'persona-docs',
    'progress.v2',
  )) as { done?: Record<string, number> } | undefined;
  return {
    persona: persona?.personaId,
    done: Object.keys(progress?.done ?? {}).sort(),
  };
}

async function markSteps(page: Page, titles: string[]) {
  for (const title of titles) {
    await step(page, title).check();
    await expect(step(page, title)).toBeChecked();
  }
}

test.describe('a portal scaled out to two replicas', () => {
  test('a persona and progress chosen through one replica are read through the other, and on another device', async ({
    browser,
    portal,
  }) => {
    const [first, second] = portal.replicas;
    const a = await device(browser, portal, first);
    const { page, docs, checks } = await a.open();
    await docs.open();
    await markSteps(page, STEPS.slice(0, 2));
    await docs.choosePersona('End User');
    const expected = { persona: 'user', done: STEP_IDS.slice(0, 2).sort() };
    await expect.poll(() => stored(second.backend)).toEqual(expected);
    await expect.poll(() => stored(first.backend)).toEqual(expected);
    checks.expectNoErrors();
    await a.context.close();

    const b = await device(browser, portal, second);
    const other = await b.open();
    await other.docs.open();
    await expect(other.docs.personaControl).toHaveText('End User');
    await expect(other.docs.reason).toHaveText('Chosen by you');
    await other.docs.open('?persona=administrator');
    await expect(pathCard(other.page)).toContainText('2 of 5 done');
    other.checks.expectNoErrors();
    await b.context.close();
  });

  test('another tab follows a change written through another replica, by signal', async ({
    browser,
    portal,
  }) => {
    // HTTP goes to the first replica; nginx sends every signals connection
    // to the second: the change must cross replicas to reach the tab.
    const a = await device(browser, portal, portal.replicas[0]);
    const watching = await a.open();
    await watching.docs.open();
    await expect(step(watching.page, STEPS[0])).not.toBeChecked();
    const acting = await a.open();
    await acting.docs.open();
    await markSteps(acting.page, [STEPS[0]]);
    await expect(step(watching.page, STEPS[0])).toBeChecked();
    await a.context.close();
  });

  test('a replica killed in the middle of a reader’s clicks, then restarted, loses nothing', async ({
    browser,
    portal,
  }) => {
    const a = await device(browser, portal);
    const { page, docs } = await a.open();
    await docs.open();
    await markSteps(page, [STEPS[0]]);
    await portal.replicas[0].kill();
    await markSteps(page, STEPS.slice(1));
    await docs.choosePersona('Integrator / Builder');
    await expect(docs.page.getByText('not saved yet')).toHaveCount(0, {
      timeout: 60_000,
    });
    await portal.replicas[0].start();
    const expected = { persona: 'integrator', done: [...STEP_IDS].sort() };
    for (const replica of portal.replicas) {
      await expect.poll(() => stored(replica.backend)).toEqual(expected);
    }
    const b = await device(browser, portal);
    const other = await b.open();
    await other.docs.open('?persona=administrator');
    await expect(pathCard(other.page)).toContainText('4 of 5 done');
    await a.context.close();
    await b.context.close();
  });

  test('every replica restarted loses nothing, and the open page goes on saving', async ({
    browser,
    portal,
  }) => {
    const a = await device(browser, portal);
    const { page, docs } = await a.open();
    await docs.open();
    await markSteps(page, STEPS.slice(0, 2));
    await expect
      .poll(() => stored(portal.backend))
      .toEqual({ persona: undefined, done: STEP_IDS.slice(0, 2).sort() });
    for (const replica of portal.replicas) await replica.stop();
    for (const replica of portal.replicas) await replica.start();
    await markSteps(page, [STEPS[2]]);
    await expect
      .poll(() => stored(portal.backend), { timeout: 60_000 })
      .toEqual({ persona: undefined, done: STEP_IDS.slice(0, 3).sort() });
    const b = await device(browser, portal);
    const other = await b.open();
    await other.docs.open();
    await expect(pathCard(other.page)).toContainText('3 of 5 done');
    await a.context.close();
    await b.context.close();
  });

  test('slow user settings: the page says it is saving, and loses nothing', async ({
    browser,
    portal,
  }) => {
    const a = await device(browser, portal);
    const { page, docs } = await a.open();
    await docs.open();
    await expect(pathCard(page)).toContainText('0 of 5 done');
    portal.userSettingsFaults({ delayMs: 4000 });
    await step(page, STEPS[0]).check();
    await expect(progressNote(page)).toHaveText('Saving your progress…');
    await page.screenshot({
      path: test.info().outputPath('storage-slow.png'),
      fullPage: true,
    });
    await expect(progressNote(page)).toHaveText('', { timeout: 60_000 });
    portal.userSettingsFaults({});
    expect((await stored(portal.backend)).done).toEqual([STEP_IDS[0]]);
    await a.context.close();
  });

  test('failing user settings: the page says what is not saved yet, and saves it once they recover', async ({
    browser,
    portal,
  }) => {
    const a = await device(browser, portal);
    const { page, docs } = await a.open();
    await docs.open();
    await expect(pathCard(page)).toContainText('0 of 5 done');
    portal.userSettingsFaults({ failing: true });
    await step(page, STEPS[0]).check();
    await expect(progressNote(page)).toHaveText(
      'Your progress is not saved yet; retrying',
    );
    await docs.choosePersona('End User');
    await expect(
      page.getByText('Your choice is not saved yet; retrying'),
    ).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('storage-failing.png'),
      fullPage: true,
    });
    // Storage stays down a while; the page keeps the reader's work.
    await page.waitForTimeout(5000);
    portal.userSettingsFaults({});
    await expect(
      page.getByText('Your choice is not saved yet; retrying'),
    ).toHaveCount(0, { timeout: 60_000 });
    await expect
      .poll(() => stored(portal.backend), { timeout: 60_000 })
      .toEqual({ persona: 'user', done: [STEP_IDS[0]] });
    const b = await device(browser, portal);
    const other = await b.open();
    await other.docs.open();
    await expect(other.docs.personaControl).toHaveText('End User');
    await a.context.close();
    await b.context.close();
  });
});
