import { Page } from '@playwright/test';
import { evaluateWithin } from './evaluateWithin';
import {
  ExpandResult,
  KeystrokeTiming,
  expandEverything,
  typeInSearch,
  waitUntilRendered,
} from './pageProbes';

/** Result of {@link runInteractionBench}. */
export interface InteractionResult {
  /** Opening everything until every entry is in the DOM. */
  expandAll: ExpandResult;
  /** Each keystroke of typing prefixes of 1–6 characters. */
  keystrokes: KeystrokeTiming[];
}

/** Words typed into the search box; the engine bench types the same kind. */
const TYPED_WORDS = ['kubern', 'catalo', 'permis'];
const EXPAND_TIMEOUT_MS = 150_000;

/**
 * What a reader does on the persona page (`?persona=all`) once it is shown,
 * measured in the page: typing in the search box, and opening every branch
 * and "Show more" until every entry is reachable. Each on a fresh load.
 */
export async function runInteractionBench(options: {
  newPage(): Promise<{ page: Page; close(): Promise<void> }>;
  url: string;
  total: number;
  log(line: string): void;
}): Promise<InteractionResult> {
  const open = async () => {
    const handle = await options.newPage();
    await handle.page.goto(options.url, { waitUntil: 'commit' });
    const shown = await evaluateWithin(
      handle.page.evaluate(waitUntilRendered, {
        kind: 'persona' as const,
        total: options.total,
        minRows: 1,
        since: 0,
        timeoutMs: 60_000,
      }),
      { timeoutMs: 70_000, waitingFor: 'the persona page to render' },
    );
    if (!shown) throw new Error('The persona page did not render');
    // Let the lookups of the first rows finish, as a reader would.
    await handle.page.waitForTimeout(1_000);
    return handle;
  };

  const typing = await open();
  const keystrokes = await evaluateWithin(
    typing.page.evaluate(typeInSearch, {
      words: TYPED_WORDS,
      pauseMs: 100,
      timeoutMs: 5_000,
    }),
    { timeoutMs: 180_000, waitingFor: 'typing in the search box' },
  ).finally(() => typing.close());

  const expanding = await open();
  const expandAll = await evaluateWithin(
    expanding.page.evaluate(expandEverything, {
      total: options.total,
      timeoutMs: EXPAND_TIMEOUT_MS,
    }),
    { timeoutMs: EXPAND_TIMEOUT_MS + 60_000, waitingFor: 'opening everything' },
  ).finally(() => expanding.close());
  const outcome = Number.isFinite(expandAll.ms)
    ? `in ${Math.round(expandAll.ms)} ms`
    : '(time ran out)';
  options.log(
    `page: open everything: ${expandAll.entries} entries after ${expandAll.clickMs.length} clicks ${outcome}`,
  );
  return { expandAll, keystrokes };
}
