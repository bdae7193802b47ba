import { Browser, chromium, Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { BackstageBackend } from '../fixtures/backstageBackend';
import { signInSilently } from '../fixtures/browserChecks';
import { startExampleApp } from '../fixtures/exampleApp';
import { AppStartProfile, profileAppStart } from './appStartProfile';
import { profileWhile, watchScriptsHolding } from './cpuProfile';
import { generatePersonaDocsConfig } from '../fixtures/generatePersonaDocsConfig';
import {
  KeystrokeTiming,
  RenderedResult,
  renderedSites,
  typeInSearch,
  waitUntilRendered,
} from './pageProbes';

const root = resolve(__dirname, '..');
const exampleDir = join(root, 'examples', 'app');
const workDir = join(root, 'node_modules', '.cache', 'persona-docs-bench');
const PORT = 7191;
const LOAD_TIMEOUT_MS = 60_000;
const PATHS = { persona: '/docs-by-persona?persona=all', techdocs: '/docs' };

/** A string only the plugin's page body holds (the page's tab panel id). */
const PAGE_CODE_MARKER = 'persona-docs-tabpanel';

/** Prefixes of these are typed; each matches titles of the generated config. */
const TYPED_WORDS = ['kubern', 'catalo', 'permis'];

/** What {@link runPageBench} measured for one config size. */
export interface PageBenchResult {
  entries: number;
  sites: number;
  /** Full loads from navigation start, ms, in run order. */
  load: { persona: number[]; techdocs: number[] };
  /** The same loads from the first frame of the app's shell on. */
  afterShell: { persona: number[]; techdocs: number[] };
  /** In-app navigation from the catalog page, ms. */
  inApp: { persona: number[]; techdocs: number[] };
  /** What each page showed when rendered (last run). */
  shown: { persona: RenderedResult; techdocs: RenderedResult };
  keystrokes: KeystrokeTiming[];
  /** Where one full load's main-thread time goes, by script, per page. */
  profiles: LoadProfile[];
  /** The plugin's part of an app start (a load of the catalog page). */
  appStart?: AppStartProfile;
  requests: {
    siteCalls: number;
    renderedSites: number;
    duplicates: number;
    catalogCalls: number;
    switchRepeats: number;
  };
}

/** Main-thread CPU time of one load, ms, by what ran it. */
export interface LoadProfile {
  kind: 'persona' | 'techdocs';
  totalMs: number;
  /** Self time in the scripts that hold the plugin's page code. */
  pluginMs: number;
  /** Script (file name, or "(garbage collector)", "(program)"…) and its self time. */
  top: { name: string; ms: number }[];
}

/**
 * One full load of a page under the DevTools CPU profiler: self time by
 * script, so the report can say which code a load's time goes to.
 */
async function profileLoad(
  browser: Browser,
  baseUrl: string,
  kind: 'persona' | 'techdocs',
  total: number,
): Promise<LoadProfile> {
  const { page, close } = await freshPage(browser, baseUrl);
  try {
    // Scripts that hold the plugin's page code (its lazy chunks), by file
    // name: an id only the page's body writes marks them. The app's main
    // bundle names the plugin too, so its name alone would not do.
    const pluginScriptsOf = watchScriptsHolding(page, PAGE_CODE_MARKER);
    const { profile, selfUs } = await profileWhile(page, 200, async () => {
      await page.goto(PATHS[kind], { waitUntil: 'commit' });
      await rendered(page, kind, total, 0);
    });
    const byScript = new Map<string, number>();
    for (const node of profile.nodes) {
      const { url, functionName } = node.callFrame;
      // V8 names its own nodes in parentheses: (program), (idle),
      // (garbage collector).
      const name = url ? url.split('/').pop()! : functionName || '(native)';
      if (name === '(idle)') continue;
      byScript.set(
        name,
        (byScript.get(name) ?? 0) + (selfUs.get(node.id) ?? 0),
      );
    }
    const pluginScripts = await pluginScriptsOf();
    let pluginUs = 0;
    for (const [name, us] of byScript) {
      if (pluginScripts.has(name)) pluginUs += us;
    }
    const top = [...byScript.entries()]
      .map(([name, us]) => ({ name, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms);
    return {
      kind,
      totalMs: top.reduce((sum, item) => sum + item.ms, 0),
      pluginMs: pluginUs / 1000,
      top: top.slice(0, 6),
    };
  } finally {
    await close();
  }
}

/**
 * A catalog of `sites` components with TechDocs, owned by the guest's
 * team, next to the example's own sample catalog, and a `personaDocs`
 * block of `entries` entries whose docs entries point at them: an
 * app-config file for the example app's production backend.
 */
function writeBenchConfig(entries: number, sites: number): string {
  mkdirSync(workDir, { recursive: true });
  const catalogFile = join(workDir, `catalog-${sites}.yaml`);
  writeFileSync(
    catalogFile,
    Array.from({ length: sites }, (_, i) =>
      stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: `site-${i}`,
          title: `Site ${i}`,
          tags: ['bench'],
          annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        },
        spec: {
          type: 'documentation',
          lifecycle: 'production',
          owner: 'group:default/platform-team',
        },
      }),
    ).join('---\n'),
  );
  // Lists replace each other when Backstage merges config files, so the
  // sample catalog's locations are repeated here.
  const example = parse(
    readFileSync(join(exampleDir, 'app-config.yaml'), 'utf8'),
  );
  const configFile = join(workDir, `app-config.bench-${entries}.yaml`);
  writeFileSync(
    configFile,
    stringify({
      catalog: {
        locations: [
          ...example.catalog.locations,
          { type: 'file', target: catalogFile },
        ],
      },
      personaDocs: generatePersonaDocsConfig({ entries, sites }),
    }),
  );
  return configFile;
}

async function waitForCatalog(backend: BackstageBackend, sites: number) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const body = await backend.get<{ totalItems?: number }>(
      '/api/catalog/entities/by-query?filter=metadata.tags=bench&limit=1',
    );
    if (body?.totalItems === sites) return;
    await new Promise(done => setTimeout(done, 2_000));
  }
  throw new Error(`the catalog did not list the ${sites} bench sites in time`);
}

async function freshPage(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    baseURL: baseUrl,
  });
  await signInSilently(context, 'guest');
  const page = await context.newPage();
  await page.bringToFront();
  return { page, close: () => context.close() };
}

async function rendered(
  page: Page,
  kind: 'persona' | 'techdocs',
  total: number,
  since: number,
) {
  const result = await page.evaluate(waitUntilRendered, {
    kind,
    total,
    since,
    timeoutMs: LOAD_TIMEOUT_MS,
  });
  if (!result) {
    // What the page showed instead, for whoever fixes the bench.
    const shot = join(workDir, `not-rendered-${kind}.png`);
    await page.screenshot({ path: shot });
    const text = (await page.locator('body').innerText()).slice(0, 500);
    throw new Error(
      `the ${kind} page did not render in time at ${page.url()} (${shot}): ${text.replace(
        /\s+/g,
        ' ',
      )}`,
    );
  }
  return result;
}

/**
 * The production build of the example app (new frontend system) over its
 * real backend, with a generated catalog and config: the persona page and
 * the TechDocs index loaded in fresh browser contexts, alternately, then
 * reached in the app from the catalog page; typing in the persona page's filter box; and
 * the requests a load and a persona switch make.
 */
export async function runPageBench(options: {
  entries: number;
  sites: number;
  runs: number;
  compareIndex: boolean;
  log(line: string): void;
}): Promise<PageBenchResult> {
  const { entries, sites, runs, log } = options;
  if (!existsSync(join(exampleDir, 'packages', 'app', 'dist', 'index.html'))) {
    throw new Error('the example app is not built: run npm run examples:setup');
  }
  const configFile = writeBenchConfig(entries, sites);
  log(
    `pages: starting the example app with ${entries} entries, ${sites} sites`,
  );
  const app = await startExampleApp({
    frontend: 'app',
    mode: 'production',
    port: PORT,
    configFiles: [configFile],
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitForCatalog(app.backend, sites);
    const load = { persona: [] as number[], techdocs: [] as number[] };
    const afterShell = { persona: [] as number[], techdocs: [] as number[] };
    const inApp = { persona: [] as number[], techdocs: [] as number[] };
    const shown = {} as PageBenchResult['shown'];
    const kinds = options.compareIndex
      ? (['persona', 'techdocs'] as const)
      : (['persona'] as const);
    // The index counts sites, the persona page entries.
    const totalOf = (kind: 'persona' | 'techdocs') =>
      kind === 'persona' ? entries : sites;
    const measure = async (kind: 'persona' | 'techdocs', navigate: boolean) => {
      const { page, close } = await freshPage(browser, app.baseUrl);
      try {
        if (!navigate) {
          await page.goto(PATHS[kind], { waitUntil: 'commit' });
          const result = await rendered(page, kind, totalOf(kind), 0);
          shown[kind] = result;
          return result;
        }
        await page.goto('/catalog');
        await page
          .getByRole('link', { name: 'Docs by persona' })
          .first()
          .waitFor({ timeout: LOAD_TIMEOUT_MS });
        // Let the catalog page settle, so only the navigation is measured.
        await page.waitForTimeout(1_000);
        // The app's router follows history changes, as it does a sidebar
        // link's; a link cannot carry ?persona=all, which both loads show.
        const since = await page.evaluate(path => {
          const now = performance.now();
          window.history.pushState({}, '', path);
          window.dispatchEvent(new PopStateEvent('popstate'));
          return now;
        }, PATHS[kind]);
        return await rendered(page, kind, totalOf(kind), since);
      } finally {
        await close();
      }
    };
    // Warm the backend's caches for both pages before timing.
    for (const kind of kinds) await measure(kind, false);
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? [...kinds] : [...kinds].reverse();
      for (const kind of order) {
        const loaded = await measure(kind, false);
        load[kind].push(loaded.renderedMs);
        afterShell[kind].push(loaded.renderedMs - loaded.shellMs);
      }
      for (const kind of order) {
        inApp[kind].push((await measure(kind, true)).renderedMs);
      }
      log(
        `pages: run ${run + 1}/${runs}: load ${order
          .map(kind => `${kind} ${Math.round(load[kind][run])} ms`)
          .join(', ')}`,
      );
    }

    const typing = await freshPage(browser, app.baseUrl);
    let keystrokes: KeystrokeTiming[];
    try {
      await typing.page.goto(PATHS.persona, { waitUntil: 'commit' });
      await rendered(typing.page, 'persona', entries, 0);
      await typing.page.waitForTimeout(1_000);
      keystrokes = await typing.page.evaluate(typeInSearch, {
        words: TYPED_WORDS,
        pauseMs: 150,
        timeoutMs: 5_000,
      });
    } finally {
      await typing.close();
    }

    const requests = await countRequests(browser, app.baseUrl, entries);
    let appStart: AppStartProfile | undefined;
    if (options.compareIndex) {
      const { page, close } = await freshPage(browser, app.baseUrl);
      try {
        appStart = await profileAppStart({
          page,
          path: '/catalog',
          // The catalog's answer has come and the sidebar, with the
          // plugin's nav item, is drawn.
          ready: async catalogPage => {
            await catalogPage
              .getByRole('link', { name: 'Docs by persona' })
              .first()
              .waitFor({ timeout: LOAD_TIMEOUT_MS });
            await catalogPage.waitForLoadState('networkidle');
          },
          staticDir: join(exampleDir, 'packages', 'app', 'dist', 'static'),
          pageCodeMarker: PAGE_CODE_MARKER,
        });
      } finally {
        await close();
      }
      log(
        `pages: app start (a catalog page load): ${appStart.pluginMs.toFixed(
          1,
        )} ms of ${Math.round(appStart.totalMs)} ms in the plugin's files (${
          appStart.pluginFiles
            .slice(0, 4)
            .map(item => `${item.file} ${item.ms.toFixed(1)} ms`)
            .join(', ') || 'none sampled'
        }); ${Math.round(
          appStart.mappedShare * 100,
        )} % of the script time placed through source maps; page chunks fetched: ${
          appStart.pageChunks
        }`,
      );
    }
    const profiles: LoadProfile[] = [];
    for (const kind of kinds) {
      const profile = await profileLoad(
        browser,
        app.baseUrl,
        kind,
        totalOf(kind),
      );
      profiles.push(profile);
      log(
        `pages: profile of a ${kind} page load: ${Math.round(
          profile.totalMs,
        )} ms on the main thread, ${Math.round(
          profile.pluginMs,
        )} ms in scripts with the plugin's page code; ${profile.top
          .map(item => `${item.name} ${Math.round(item.ms)} ms`)
          .join(', ')}`,
      );
    }
    return {
      entries,
      sites,
      load,
      afterShell,
      inApp,
      shown,
      keystrokes,
      profiles,
      appStart,
      requests,
    };
  } finally {
    await browser.close();
    await app.stop();
  }
}

/**
 * The requests of one load of `?persona=all`: TechDocs site metadata per
 * distinct site among the rendered entries, duplicates, catalog calls; then
 * the persona switched to the first one and back, twice, counting requests
 * for sites already asked about.
 */
async function countRequests(
  browser: Browser,
  baseUrl: string,
  entries: number,
) {
  const { page, close } = await freshPage(browser, baseUrl);
  const site: string[] = [];
  let catalogCalls = 0;
  page.on('request', request => {
    const path = new URL(request.url()).pathname;
    const match =
      /\/api\/techdocs\/metadata\/techdocs\/([^/]+)\/([^/]+)\/([^/]+)/.exec(
        path,
      );
    if (match) site.push(`${match[2]}:${match[1]}/${match[3]}`.toLowerCase());
    if (path.startsWith('/api/catalog/')) catalogCalls++;
  });
  try {
    await page.goto(PATHS.persona, { waitUntil: 'commit' });
    await rendered(page, 'persona', entries, 0);
    await page.waitForLoadState('networkidle');
    const shownSites = await page.evaluate(renderedSites);
    const siteCalls = site.length;
    const duplicates = siteCalls - new Set(site).size;
    const before = site.length;
    const persona = page.getByRole('combobox', { name: 'Persona' });
    for (let i = 0; i < 2; i++) {
      await persona.click();
      await page.getByRole('option').nth(1).click();
      await page.waitForLoadState('networkidle');
      await persona.click();
      await page.getByRole('option').first().click();
      await page.waitForLoadState('networkidle');
    }
    const asked = new Set(site.slice(0, before));
    const switchRepeats = site.slice(before).filter(s => asked.has(s)).length;
    return {
      siteCalls,
      renderedSites: shownSites.length,
      duplicates,
      catalogCalls,
      switchRepeats,
    };
  } finally {
    await close();
  }
}
