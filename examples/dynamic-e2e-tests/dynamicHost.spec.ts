import { Page, Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

// The persona docs plugin in a portal that was built without it: the
// dynamic plugins example host loads it at startup from its backend, as
// Red Hat Developer Hub and Backstage's dynamic feature service do. Every
// surface, its config, its API and React itself are checked here as a
// reader and another plugin of the host meet them.

const REMOTES = '/.backstage/dynamic-features/remotes/';
const HOME_CARD = '[data-testid="persona-docs-home-card"]';
const ENTITY_CARD = '[data-testid="persona-docs-entity-card"]';

const personaControl = (page: Page) =>
  page.getByRole('combobox', { name: 'Persona' });
const addon = (page: Page) =>
  page.getByRole('navigation', { name: /^This page in the docs for/ });

/** Opens the page where app.extensions in app-config.yaml moved it. */
async function openHandbook(page: Page) {
  await page.goto('/handbook');
  await expect(personaControl(page)).toBeVisible();
}

test('the backend serves the plugin as a remote, with only what it declares', async ({
  host,
}) => {
  expect(await host.remotes()).toEqual([
    {
      packageName: 'backstage-plugin-persona-docs-dynamic',
      remoteInfo: {
        name: 'backstage_plugin_persona_docs',
        entry: `${host.baseUrl}${REMOTES}backstage-plugin-persona-docs-dynamic/mf-manifest.json`,
      },
      // backstage.features declares ./alpha, the new frontend system's
      // plugin; the legacy entry point the remote also exposes stays out.
      exposedModules: ['alpha'],
    },
  ]);
});

test('the page opens from the navigation under the path and title app.extensions give it, with the personaDocs config', async ({
  page,
}) => {
  const fromRemote: string[] = [];
  page.on('response', response => {
    if (response.url().includes(REMOTES)) fromRemote.push(response.url());
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Handbook', exact: true }).click();
  await expect(page).toHaveURL(/\/handbook$/);
  await expect(personaControl(page)).toHaveText('Administrator / Operator');
  // The persona comes from the guest's group, as the samples' personaDocs
  // config maps it, and so do the sections and the learning path.
  await expect(
    page.getByText('From your membership in group:default/platform-team'),
  ).toBeVisible();
  await expect(
    page.getByRole('tree', { name: 'Developer Portal docs' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Set up your first portal' }),
  ).toContainText('0 of 5 done');
  // The plugin's code came from the remote the backend serves.
  expect(fromRemote.some(url => url.endsWith('/remoteEntry.js'))).toBe(true);
  test.info().annotations.push({
    type: 'scripts from the remote for the page',
    description: String(fromRemote.filter(u => u.endsWith('.js')).length),
  });
});

test('the home page shows the "Docs for you" card', async ({ page }) => {
  await page.goto('/home');
  const card = page.locator(HOME_CARD);
  await expect(personaControl(page)).toHaveText('Administrator / Operator');
  await expect(
    card.getByRole('region', { name: 'Set up your first portal' }),
  ).toContainText('0 of 5 done');
  // Its link leads to the page where app.extensions moved it.
  await card.getByRole('link', { name: 'All docs for you' }).click();
  await expect(page).toHaveURL(/\/handbook/);
});

test('the TechDocs reader shows the addon on a page of the persona’s tree', async ({
  page,
}) => {
  await page.goto(
    '/docs/default/component/backstage-docs/developer-portal/getting-started/',
  );
  await expect(addon(page)).toContainText(
    'Step 1 of 5 in Set up your first portal',
  );
  await addon(page)
    .getByRole('link', { name: 'Install and configure it' })
    .click();
  await expect(page).toHaveURL(/administrator-guides\/installing\/?$/);
  await expect(addon(page)).toContainText('Step 2 of 5');
});

test('the entity page shows the card of the entity’s entries', async ({
  page,
}) => {
  await page.goto('/catalog/default/component/portal-backend');
  await expect(
    page
      .locator(ENTITY_CARD)
      .getByText('About this component, for Administrator / Operator'),
  ).toBeVisible();
});

test('the settings tab changes the persona, which the host’s own plugin reads through the persona API', async ({
  page,
}) => {
  await page.goto('/persona-probe');
  await expect(page.getByTestId('persona-probe')).toHaveText(
    'The persona API says: administrator',
  );
  await page.goto('/settings/persona');
  await personaControl(page).click();
  await page.getByRole('option', { name: /^End User/ }).click();
  await expect(page.getByText('Chosen by you')).toBeVisible();
  // The host's persona probe is no part of the plugin: it names the API by
  // its id and gets the instance the plugin registered.
  await page.goto('/persona-probe');
  await expect(page.getByTestId('persona-probe')).toHaveText(
    'The persona API says: user',
  );
});

test('the plugin’s translations reach the app: a German reader reads German', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('language', 'de'));
  await openHandbook(page);
  await expect(page.getByRole('heading', { name: 'Lernpfade' })).toBeVisible();
  await expect(personaControl(page)).toHaveText('Administrator / Betreiber');
});

test('the browser runs one React, the host’s, which the remote shares', async ({
  page,
}) => {
  // A stand-in for React DevTools' hook: every React DOM that starts
  // registers its renderer there.
  await page.addInitScript(() => {
    const renderers = new Map<number, unknown>();
    (window as any).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers,
      inject(renderer: unknown) {
        renderers.set(renderers.size + 1, renderer);
        return renderers.size;
      },
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    };
  });
  const scripts: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push(
        response.text().then(body => ({ url: response.url(), body })),
      );
    }
  });
  await openHandbook(page);
  await page.goto('/home');
  await expect(page.locator(HOME_CARD)).toBeVisible();

  const hostReactDom = JSON.parse(
    readFileSync(
      resolve(__dirname, '../dynamic-host/node_modules/react-dom/package.json'),
      'utf8',
    ),
  ).version;
  expect(
    await page.evaluate(() =>
      [
        ...(window as any).__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.values(),
      ].map((r: any) => `${r.rendererPackageName}@${r.version}`),
    ),
  ).toEqual([`react-dom@${hostReactDom}`]);

  // The module-federation share scope: one version of each singleton, the
  // app's, which the remote uses.
  const shareScope = await page.evaluate(() => {
    const share = (window as any).__FEDERATION__.__SHARE__.app.default;
    return Object.fromEntries(
      ['react', 'react-dom', 'react-router-dom', '@material-ui/styles'].map(
        name => [
          name,
          Object.values<any>(share[name]).map(s => ({
            from: s.from,
            usedByRemote: s.useIn.includes('backstage_plugin_persona_docs'),
          })),
        ],
      ),
    );
  });
  for (const versions of Object.values(shareScope)) {
    expect(versions).toEqual([{ from: 'app', usedByRemote: true }]);
  }

  // No script the browser loaded from the remote defines React or React
  // DOM (their own modules assign the internals the rest only read).
  const loaded = await Promise.all(scripts);
  const definesReact = (body: string) =>
    /\.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED\s*=[^=]/.test(body);
  const remoteScripts = loaded.filter(s => s.url.includes(REMOTES));
  expect(remoteScripts.length).toBeGreaterThan(0);
  expect(remoteScripts.filter(s => definesReact(s.body))).toEqual([]);
  expect(loaded.filter(s => definesReact(s.body)).length).toBeGreaterThan(0);
});
