import { Browser, Page } from '@playwright/test';
import { join } from 'node:path';
import { BENCH_START_PATH } from './app/benchPaths';
import { evaluateWithin } from './evaluateWithin';
import { InteractionResult, runInteractionBench } from './interactions';
import { RenderedArgs, RenderedResult, waitUntilRendered } from './pageProbes';
import { median } from './stats';

/** The pages loaded: the two compared, and a plain page of the same app. */
export type PageKind = RenderedArgs['kind'];
type ComparedKind = Exclude<PageKind, 'start'>;

const PATHS: Record<PageKind, string> = {
  persona: '/docs-by-persona?persona=all',
  techdocs: '/docs',
  start: BENCH_START_PATH,
};
const LINKS: Record<ComparedKind, string> = {
  persona: '#bench-to-persona-docs',
  techdocs: '#bench-to-techdocs',
};
/** Rows per page of the TechDocs index table. */
const INDEX_PAGE_SIZE = 20;
const LOAD_TIMEOUT_MS = 60_000;

/** One page's times over all runs, ms, in run order. */
export interface PageTimes {
  /** Full page load: navigation start to rendered. */
  load: number[];
  /** Full page load minus the plain page's load in the same run. */
  overBoot: number[];
  /** In-app navigation: link click to rendered. */
  inApp: number[];
  /** Persona page only: load until its TechDocs lookups were answered. */
  loadSettled: number[];
  /** Rows in the DOM when rendered (last run). */
  rows: number;
}

/** Result of {@link runPageBench}. */
export interface PageBenchResult {
  runs: number;
  persona: PageTimes;
  techdocs: PageTimes;
  /** The plain start page: the app's boot, which both page loads include. */
  boot: number[];
  /** Reading and searching on the persona page once it is shown. */
  interactions: InteractionResult;
  /** Uncaught errors in the pages, which may make timings meaningless. */
  pageErrors: string[];
}

/** Options of {@link runPageBench}. */
export interface PageBenchOptions {
  browser: Browser;
  baseUrl: string;
  /** Entries of the persona config; docs sites of the index. */
  total: number;
  /** Measured runs per page and kind of navigation (at least 5). */
  runs: number;
  /** Where to write one Chrome trace per page, if wanted. */
  traceDir?: string;
  log(line: string): void;
}

/**
 * Compares the persona page with the TechDocs index page in the bench app.
 * Each run loads, in rotating order, the persona page, the index and a plain
 * page of the same app (its boot, shared by both), each in a fresh browser
 * context so no cache favours a page; then navigates to both pages from the
 * plain page, in the same order. Every page is loaded once before measuring,
 * so the dev server has compiled everything.
 */
export async function runPageBench(
  options: PageBenchOptions,
): Promise<PageBenchResult> {
  const { browser, baseUrl, total, runs, log } = options;
  const pageErrors: string[] = [];
  const times = (): PageTimes => ({
    load: [],
    overBoot: [],
    inApp: [],
    loadSettled: [],
    rows: 0,
  });
  const persona = times();
  const techdocs = times();
  const compared = { persona, techdocs };
  const boot: number[] = [];

  const newPage = async () => {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    page.on('pageerror', error => pageErrors.push(error.message));
    // A page in the background gets no animation frames, which the
    // probes count on; each context has one page, but make sure.
    await page.bringToFront();
    return { page, close: () => context.close() };
  };
  const withPage = async <T>(run: (page: Page) => Promise<T>): Promise<T> => {
    const handle = await newPage();
    try {
      return await run(handle.page);
    } finally {
      await handle.close();
    }
  };
  const rendered = async (page: Page, kind: PageKind, since: number) => {
    const answer = await evaluateWithin(
      page.evaluate(waitUntilRendered, renderedArgs(kind, total, since)),
      {
        timeoutMs: LOAD_TIMEOUT_MS + 10_000,
        waitingFor: `the ${kind} page to render`,
      },
    );
    if (!answer) {
      throw new Error(
        `The ${kind} page did not render ${total} items within ${
          LOAD_TIMEOUT_MS / 1000
        } s at ${page.url()}${pageErrors.length ? `: ${pageErrors[0]}` : ''}`,
      );
    }
    return answer;
  };
  const load = (kind: PageKind): Promise<RenderedResult> =>
    withPage(async page => {
      await page.goto(baseUrl + PATHS[kind], { waitUntil: 'commit' });
      // Page time starts at navigation start.
      return rendered(page, kind, 0);
    });
  const navigate = (kind: ComparedKind): Promise<RenderedResult> =>
    withPage(async page => {
      await page.goto(baseUrl + BENCH_START_PATH);
      const link = page.locator(LINKS[kind]);
      await link.waitFor({ timeout: LOAD_TIMEOUT_MS });
      // Let the start page settle, so only the navigation is measured.
      await page.waitForTimeout(500);
      const since = await link.evaluate(element => {
        const now = performance.now();
        (element as HTMLElement).click();
        return now;
      });
      return rendered(page, kind, since);
    });

  log('page: warming up the dev server');
  for (const kind of ['persona', 'techdocs'] as const) {
    await load(kind);
    await navigate(kind);
  }

  const kinds: PageKind[] = ['persona', 'techdocs', 'start'];
  for (let run = 0; run < runs; run++) {
    // Rotate the order, so drift and caches of the machine hit all alike.
    const order = kinds.map((_, i) => kinds[(i + run) % kinds.length]);
    const loads = new Map<PageKind, RenderedResult>();
    for (const kind of order) loads.set(kind, await load(kind));
    const bootMs = loads.get('start')!.renderedMs;
    boot.push(bootMs);
    for (const kind of ['persona', 'techdocs'] as const) {
      const loaded = loads.get(kind)!;
      compared[kind].load.push(loaded.renderedMs);
      compared[kind].overBoot.push(loaded.renderedMs - bootMs);
      if (loaded.settledMs !== null)
        compared[kind].loadSettled.push(loaded.settledMs);
      compared[kind].rows = loaded.rows;
    }
    for (const kind of order) {
      if (kind !== 'start')
        compared[kind].inApp.push((await navigate(kind)).renderedMs);
    }
    log(
      `page run ${run + 1}/${runs}: load persona ${Math.round(
        persona.load[run],
      )} ms, techdocs ${Math.round(
        techdocs.load[run],
      )} ms, plain page ${Math.round(bootMs)} ms`,
    );
  }

  const interactions = await runInteractionBench({
    newPage,
    url: baseUrl + PATHS.persona,
    total,
    log,
  });
  if (options.traceDir) {
    await traceLoads(browser, options);
  }
  return { runs, persona, techdocs, boot, interactions, pageErrors };
}

function renderedArgs(
  kind: PageKind,
  total: number,
  since: number,
): RenderedArgs {
  return {
    kind,
    total,
    minRows: Math.min(total, INDEX_PAGE_SIZE),
    since,
    timeoutMs: LOAD_TIMEOUT_MS,
  };
}

// One Chrome trace per page load, for the Performance panel of DevTools;
// taken after the measured runs because tracing slows pages down.
async function traceLoads(browser: Browser, options: PageBenchOptions) {
  for (const kind of ['persona', 'techdocs', 'start'] as const) {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    const path = join(options.traceDir!, `trace-${kind}.json`);
    await browser.startTracing(page, { path, screenshots: true });
    await page.goto(options.baseUrl + PATHS[kind], { waitUntil: 'commit' });
    await evaluateWithin(
      page.evaluate(waitUntilRendered, renderedArgs(kind, options.total, 0)),
      {
        timeoutMs: LOAD_TIMEOUT_MS + 10_000,
        waitingFor: `the traced ${kind} page to render`,
      },
    );
    await browser.stopTracing();
    await context.close();
    options.log(`page: trace written to ${path}`);
  }
}

/** The median of each series of a page's times. */
export function pageMedians(times: PageTimes) {
  return {
    load: median(times.load),
    overBoot: median(times.overBoot),
    inApp: median(times.inApp),
    loadSettled: median(times.loadSettled),
  };
}
