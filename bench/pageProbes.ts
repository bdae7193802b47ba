/**
 * Functions that run inside the page (Playwright serialises them), so they
 * import nothing and read the page through the DOM and the bench app's
 * `window.__techdocsCalls` record.
 */
import type {} from './app/CountingTechDocsApi';

/** What {@link waitUntilRendered} waits for. */
export interface RenderedArgs {
  /**
   * `persona`: the Docs by persona page; `techdocs`: the TechDocs index;
   * `start`: the bench app's plain start page (the app's boot alone).
   */
  kind: 'persona' | 'techdocs' | 'start';
  /** Entries (persona page) or docs sites (index) the page must count. */
  total: number;
  /** Index table rows that must be on screen (its page size). */
  minRows: number;
  /** Page time to measure from: 0 for navigation start. */
  since: number;
  timeoutMs: number;
}

/** When the page was rendered, in ms after `since`. */
export interface RenderedResult {
  /** First frame in which the page showed its list and its total. */
  renderedMs: number;
  /**
   * First frame in which, in addition, every TechDocs lookup started so far
   * was answered (persona page only; null when there were none in time).
   */
  settledMs: number | null;
  /** Tree items (persona page) or table rows (index) in the DOM then. */
  rows: number;
  /** TechDocs calls made by then. */
  calls: number;
}

/**
 * Resolves at the first animation frame in which the page is rendered:
 *
 * - persona page: every section tree shows at least one tree item and the
 *   page's status line counts `total` entries. Trees, counts and status line
 *   render in one React commit, so this is the frame that shows the initial
 *   rows (top level plus the branches the tree opens by itself) together
 *   with the counts of all entries.
 * - TechDocs index: the table title counts `total` sites and at least
 *   `minRows` rows link to docs.
 * - start page: its links are there.
 *
 * Polling once per frame measures what a reader could see, to within one
 * frame, at the same cost for both pages. Resolves null on timeout.
 */
export function waitUntilRendered(
  args: RenderedArgs,
): Promise<RenderedResult | null> {
  const countIn = (text: string | null, pattern: RegExp) => {
    const match = pattern.exec(text ?? '');
    return match ? Number(match[1].replace(/\D/g, '')) : NaN;
  };
  const personaRows = () => {
    const trees = Array.from(document.querySelectorAll('[role="tree"]'));
    if (trees.length === 0) return 0;
    if (trees.some(tree => !tree.querySelector('[role="treeitem"]'))) return 0;
    const counted = Array.from(
      document.querySelectorAll('[role="status"]'),
    ).some(
      status =>
        countIn(status.textContent, /(\d[\d,.\s]*)\s+entr/) === args.total,
    );
    return counted ? document.querySelectorAll('[role="treeitem"]').length : 0;
  };
  const indexRows = () => {
    const titled = Array.from(
      document.querySelectorAll('h1, h2, h3, h4, h5, h6'),
    ).some(
      heading => countIn(heading.textContent, /\((\d+)\)\s*$/) === args.total,
    );
    const linked = document.querySelectorAll('tbody tr a[href^="/docs/"]');
    return titled && linked.length >= args.minRows
      ? document.querySelectorAll('tbody tr').length
      : 0;
  };

  const startRows = () =>
    document.querySelector('#bench-to-persona-docs') ? 1 : 0;

  return new Promise(resolve => {
    // Frames stop when the page is hidden; the timer still ends the wait.
    setTimeout(() => resolve(null), args.timeoutMs + 1_000);
    let rendered: { at: number; rows: number } | undefined;
    const frame = () => {
      const now = performance.now();
      if (!rendered) {
        const rows = {
          persona: personaRows,
          techdocs: indexRows,
          start: startRows,
        }[args.kind]();
        if (rows > 0) rendered = { at: now, rows };
      }
      const calls = window.__techdocsCalls ?? [];
      const settled =
        args.kind !== 'persona' ||
        (calls.length > 0 && calls.every(call => call.settledAt !== undefined));
      if (rendered && settled) {
        resolve({
          renderedMs: rendered.at - args.since,
          settledMs: args.kind === 'persona' ? now - args.since : null,
          rows: rendered.rows,
          calls: calls.length,
        });
      } else if (now - args.since > args.timeoutMs) {
        resolve(
          rendered
            ? {
                renderedMs: rendered.at - args.since,
                settledMs: null,
                rows: rendered.rows,
                calls: calls.length,
              }
            : null,
        );
      } else {
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
  });
}

/** What {@link expandEverything} reports. */
export interface ExpandResult {
  /** Time from the first click until `total` entries were in the DOM; NaN if not reached. */
  ms: number;
  /** Entries in the DOM at the end; equals `total` unless time ran out. */
  entries: number;
  /** Time from each click until React had committed its update, ms. */
  clickMs: number[];
}

/**
 * Clicks every "Show more" and opens every branch of the persona page's
 * trees, one control at a time and as fast as the page takes them, until
 * `total` entries are tree items in the DOM (every entry reachable) or the
 * time runs out. After each click it yields one task, by which time React
 * has committed the update (clicks are discrete events, rendered at once),
 * so each click's time is the page's own reaction, with no idle frame.
 */
export async function expandEverything(args: {
  total: number;
  timeoutMs: number;
}): Promise<ExpandResult> {
  const yieldTask = () =>
    new Promise<void>(done => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      channel.port2.postMessage(null);
    });
  const entrySelector = '[role="treeitem"][id^="persona-docs-entry-"]';
  const clickMs: number[] = [];
  const start = performance.now();
  for (;;) {
    const entries = document.querySelectorAll(entrySelector).length;
    if (entries >= args.total) {
      return { ms: performance.now() - start, entries, clickMs };
    }
    // "Show more" items are the tree items that are not entries.
    const control =
      document.querySelector(
        '[role="treeitem"]:not([id^="persona-docs-entry-"])',
      ) ?? document.querySelector(`${entrySelector}[aria-expanded="false"]`);
    // The item's content row toggles it; its own link would navigate.
    const row = control?.firstElementChild;
    if (
      !(row instanceof HTMLElement) ||
      performance.now() - start > args.timeoutMs
    ) {
      return { ms: NaN, entries, clickMs };
    }
    const clicked = performance.now();
    row.click();
    await yieldTask();
    clickMs.push(performance.now() - clicked);
  }
}

/** How long one keystroke in the search box took, ms after the keystroke. */
export interface KeystrokeTiming {
  /** The next animation frame: when the page could show the typed character. */
  nextFrameMs: number;
  /** The first frame highlighting the typed prefix: the results shown. */
  resultsMs: number;
}

/**
 * Types each word into the persona page's search box, one character at a
 * time with a pause like a fast typist's, and times each keystroke until
 * the next frame and until a frame shows results for it (a highlight of
 * exactly the typed prefix; the words are chosen to match). The box is
 * cleared between words; clearing is not timed.
 */
export async function typeInSearch(args: {
  words: string[];
  pauseMs: number;
  timeoutMs: number;
}): Promise<KeystrokeTiming[]> {
  const input = document.querySelector<HTMLInputElement>(
    'input[type="search"]',
  );
  const setValue = Object.getOwnPropertyDescriptor(
    HTMLInputElement.prototype,
    'value',
  )?.set;
  if (!input || !setValue) return [];
  const frame = () =>
    new Promise<number>(done =>
      requestAnimationFrame(() => done(performance.now())),
    );
  const pause = () => new Promise(done => setTimeout(done, args.pauseMs));
  // What a keystroke does to a React-controlled input: a new value, then
  // an input event, to which React answers with onChange.
  const type = (value: string) => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const highlights = (prefix: string) =>
    Array.from(document.querySelectorAll('mark')).some(
      mark => mark.textContent?.toLowerCase() === prefix,
    );
  const times: KeystrokeTiming[] = [];
  for (const word of args.words) {
    for (let length = 1; length <= word.length; length++) {
      const prefix = word.slice(0, length);
      const start = performance.now();
      type(prefix);
      let now = await frame();
      const nextFrameMs = now - start;
      while (!highlights(prefix) && now - start < args.timeoutMs) {
        now = await frame();
      }
      times.push({
        nextFrameMs,
        resultsMs: highlights(prefix) ? now - start : NaN,
      });
      await pause();
    }
    type('');
    await pause();
  }
  return times;
}
