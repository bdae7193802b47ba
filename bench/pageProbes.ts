/**
 * Functions that run inside the page (Playwright serialises them), so they
 * import nothing and read the page through the DOM only.
 */

/** What {@link waitUntilRendered} waits for. */
export interface RenderedArgs {
  /** `persona`: the persona docs page; `techdocs`: the TechDocs index. */
  kind: 'persona' | 'techdocs';
  /** Entries the persona page must count; sites the index must count at least. */
  total: number;
  /** Page time to measure from: 0 for navigation start. */
  since: number;
  timeoutMs: number;
}

/** When the page was rendered, in ms after `since`, and what it showed. */
export interface RenderedResult {
  renderedMs: number;
  /**
   * The first frame showing the app's sidebar: its shell, which the app
   * draws before any page of its own.
   */
  shellMs: number;
  /** Tree items (persona page) or table rows (index) in the DOM then. */
  rows: number;
  /** The total the page showed: entries, or sites in the index's title. */
  counted: number;
}

/**
 * Resolves at the first animation frame in which the page shows its
 * content and its counts:
 *
 * - persona page: every section tree shows tree items, and the status line
 *   counts `total` entries (trees and counts render in one commit);
 * - TechDocs index: a heading counts at least `total` sites, as in
 *   "Owned (2004)", and table rows link into TechDocs.
 *
 * Polling once per frame measures what a reader could see, to within one
 * frame, at the same cost for both pages. Resolves null on timeout.
 */
export function waitUntilRendered(
  args: RenderedArgs,
): Promise<RenderedResult | null> {
  const numberIn = (text: string | null, pattern: RegExp) => {
    const match = pattern.exec(text ?? '');
    return match ? Number(match[1].replace(/\D/g, '')) : NaN;
  };
  const persona = (): RenderedResult | undefined => {
    const trees = Array.from(document.querySelectorAll('[role="tree"]'));
    if (trees.length === 0) return undefined;
    if (trees.some(tree => !tree.querySelector('[role="treeitem"]'))) {
      return undefined;
    }
    const counted = Array.from(document.querySelectorAll('[role="status"]'))
      .map(status => numberIn(status.textContent, /(\d[\d,.\s]*)\s+entr/))
      .find(count => count === args.total);
    if (counted === undefined) return undefined;
    return {
      renderedMs: 0,
      shellMs: 0,
      rows: document.querySelectorAll('[role="treeitem"]').length,
      counted,
    };
  };
  const techdocs = (): RenderedResult | undefined => {
    const counted = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5'))
      .map(heading => numberIn(heading.textContent, /\((\d+)\)\s*$/))
      .find(count => count >= args.total);
    const linked = document.querySelectorAll('tbody tr a[href*="/docs/"]');
    if (counted === undefined || linked.length === 0) return undefined;
    return {
      renderedMs: 0,
      shellMs: 0,
      rows: document.querySelectorAll('tbody tr').length,
      counted,
    };
  };
  return new Promise(resolve => {
    // Frames stop when the page is hidden; the timer still ends the wait.
    setTimeout(() => resolve(null), args.timeoutMs + 1_000);
    let shellAt: number | undefined;
    const frame = () => {
      const now = performance.now();
      if (shellAt === undefined && document.querySelector('nav')) {
        shellAt = now;
      }
      const shown = args.kind === 'persona' ? persona() : techdocs();
      if (shown) {
        resolve({
          ...shown,
          renderedMs: now - args.since,
          shellMs: (shellAt ?? now) - args.since,
        });
      } else if (now - args.since > args.timeoutMs) resolve(null);
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** One keystroke's times, ms. */
export interface KeystrokeTiming {
  /** The next animation frame: when the page could show the typed character. */
  nextFrameMs: number;
  /** The first frame highlighting exactly the typed prefix; NaN if none came. */
  resultsMs: number;
}

/**
 * Types each word into the persona page's filter box one character at a
 * time, with a pause like a fast typist's, and times each keystroke until
 * the next frame and until a frame highlights exactly the typed prefix
 * (the words are chosen to match). The box is cleared between words.
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
  // What a keystroke does to a React-controlled input.
  const type = (value: string) => {
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const highlights = (prefix: string) =>
    Array.from(document.querySelectorAll('[role="tree"] mark')).some(
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

/** The TechDocs sites the rendered tree items link to, distinct. */
export function renderedSites(): string[] {
  const sites = new Set<string>();
  for (const link of Array.from(
    document.querySelectorAll<HTMLAnchorElement>('[role="treeitem"] a[href]'),
  )) {
    const match = /\/docs\/([^/]+)\/([^/]+)\/([^/?#]+)/.exec(
      new URL(link.href).pathname,
    );
    if (match) sites.add(`${match[2]}:${match[1]}/${match[3]}`.toLowerCase());
  }
  return [...sites];
}
