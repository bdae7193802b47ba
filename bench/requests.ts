import { Browser, Page } from '@playwright/test';
import { DocsEntry, PersonaDocsModel } from '../src/model/types';
import type { TechDocsCall } from './app/CountingTechDocsApi';
import { benchEntityKey } from './app/benchEntities';
import { evaluateWithin } from './evaluateWithin';
import { waitUntilRendered } from './pageProbes';

const PERSONA_PATH = '/docs-by-persona?persona=all';
const ALL_PERSONAS_TITLE = 'All personas';
const QUIET_MS = 1_000;
const TIMEOUT_MS = 60_000;

/** TechDocs calls of one kind, against what the rendered entries need. */
export interface CallCount {
  /** Calls made. */
  calls: number;
  /** Distinct entities asked about. */
  distinct: number;
  /** Distinct entities the rendered entries need answers for. */
  needed: number;
  /** Calls beyond the first for an entity. */
  duplicates: number;
  /** Needed but never asked, and asked but not needed. */
  missing: string[];
  extra: string[];
}

/** Result of {@link measureRequests} for one config. */
export interface RequestsResult {
  label: string;
  /** Entries rendered (tree items in the DOM) after the page load. */
  renderedEntries: number;
  /** TechDocs site metadata: one per distinct rendered docs entity. */
  metadata: CallCount;
  /** Entity metadata: only for entries that take title or description from it. */
  entity: CallCount;
  /** Switching to a persona and back to all, twice. */
  switching: {
    persona: string;
    /** Calls made while switching. */
    calls: number;
    /** Of those, calls for an entity already asked about by the same method. */
    repeats: number;
  };
}

/**
 * Counts the TechDocs metadata calls of one page load of the persona page
 * (`?persona=all`) against the distinct entities among the entries the page
 * rendered, then switches persona back and forth and counts repeated calls.
 * The bench app records calls in `window.__techdocsCalls`; the model maps
 * rendered tree items (by DOM id) back to their entries.
 */
export async function measureRequests(options: {
  browser: Browser;
  baseUrl: string;
  label: string;
  model: PersonaDocsModel;
  /** Entries the persona page counts for "all". */
  total: number;
}): Promise<RequestsResult> {
  const { browser, baseUrl, model, total } = options;
  const entries = new Map(flatten(model).map(entry => [entry.id, entry]));
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(baseUrl + PERSONA_PATH, { waitUntil: 'commit' });
    const rendered = await evaluateWithin(
      page.evaluate(waitUntilRendered, {
        kind: 'persona' as const,
        total,
        minRows: 1,
        since: 0,
        timeoutMs: TIMEOUT_MS,
      }),
      {
        timeoutMs: TIMEOUT_MS + 10_000,
        waitingFor: 'the persona page to render',
      },
    );
    if (!rendered) {
      throw new Error(`${options.label}: the persona page did not render`);
    }
    const atLoad = await quietCalls(page);
    const shown = (await renderedEntryIds(page)).map(id => {
      const entry = entries.get(id);
      if (!entry) throw new Error(`${options.label}: unknown entry ${id}`);
      return entry;
    });
    const docs = shown.flatMap(entry =>
      entry.target?.type === 'techdocs'
        ? [{ entry, target: entry.target }]
        : [],
    );
    // The page asks for entity metadata only where the entry lacks a title,
    // or lacks a description while pointing at a whole site.
    const needsEntity = docs.filter(
      ({ entry, target }) =>
        !entry.title || (!entry.description && !target.path),
    );

    const persona = model.personas[0];
    if (!persona)
      throw new Error(`${options.label}: the config has no personas`);
    const backAndForth = [persona.title, ALL_PERSONAS_TITLE];
    for (const title of [...backAndForth, ...backAndForth]) {
      await choosePersona(page, title);
      await quietCalls(page);
    }
    const all = await quietCalls(page);
    const switchingCalls = all.slice(atLoad.length);
    const seen = new Set(atLoad.map(callKey));
    let repeats = 0;
    for (const call of switchingCalls) {
      if (seen.has(callKey(call))) repeats++;
      seen.add(callKey(call));
    }

    return {
      label: options.label,
      renderedEntries: shown.length,
      metadata: countCalls(
        atLoad.filter(call => call.method === 'getTechDocsMetadata'),
        docs.map(({ target }) => benchEntityKey(target)),
      ),
      entity: countCalls(
        atLoad.filter(call => call.method === 'getEntityMetadata'),
        needsEntity.map(({ target }) => benchEntityKey(target)),
      ),
      switching: {
        persona: persona.title,
        calls: switchingCalls.length,
        repeats,
      },
    };
  } finally {
    await context.close();
  }
}

function countCalls(calls: TechDocsCall[], neededRefs: string[]): CallCount {
  const asked = new Set(calls.map(call => call.ref));
  const needed = new Set(neededRefs);
  return {
    calls: calls.length,
    distinct: asked.size,
    needed: needed.size,
    duplicates: calls.length - asked.size,
    missing: [...needed].filter(ref => !asked.has(ref)),
    extra: [...asked].filter(ref => !needed.has(ref)),
  };
}

function callKey(call: TechDocsCall) {
  return `${call.method} ${call.ref}`;
}

function flatten(model: PersonaDocsModel): DocsEntry[] {
  const out: DocsEntry[] = [];
  const visit = (entry: DocsEntry) => {
    out.push(entry);
    entry.children.forEach(visit);
  };
  model.sections.forEach(section => section.entries.forEach(visit));
  return out;
}

/** Entry ids of the tree items in the DOM (see `entryDomId` in src/). */
function renderedEntryIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll('[role="treeitem"][id^="persona-docs-entry-"]'),
    ).map(item => item.id.slice('persona-docs-entry-'.length)),
  );
}

/**
 * The calls so far, once none has been made or answered for a second: the
 * page asks while rendering and after effects run, in no fixed number of
 * frames.
 */
async function quietCalls(page: Page): Promise<TechDocsCall[]> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = '';
  let since = Date.now();
  for (;;) {
    const calls = await page.evaluate(() => window.__techdocsCalls ?? []);
    const state = `${calls.length}/${calls.filter(c => c.settledAt).length}`;
    if (state !== last) {
      last = state;
      since = Date.now();
    } else if (Date.now() - since >= QUIET_MS) {
      return calls;
    }
    if (Date.now() > deadline) {
      throw new Error('The TechDocs calls did not settle within a minute');
    }
    await page.waitForTimeout(100);
  }
}

async function choosePersona(page: Page, title: string) {
  const control = page.getByRole('combobox', { name: 'Persona' });
  await control.click();
  await page
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) })
    .click();
  await control.filter({ hasText: title }).waitFor({ timeout: TIMEOUT_MS });
  // The menu closes with a transition, which the re-render after a persona
  // change can hold up; until it is gone it covers the page.
  await page
    .getByRole('listbox')
    .waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
