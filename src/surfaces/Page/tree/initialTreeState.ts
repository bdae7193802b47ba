import { VisibleEntry } from '../../../tree/types';

/** Children rendered per parent before a "Show more" item. */
export const CHILDREN_PAGE_SIZE = 50;

/**
 * Rows a tree renders in the frame that first shows a new result: more than
 * a tall screen shows. The rest follow, this many more per frame, in
 * transitions a keystroke interrupts, so typing never waits for rows below
 * the fold.
 */
export const ROWS_PER_FRAME = 25;

/**
 * How long a result must stay before the rows below its first screen fill
 * in: while a reader types, each keystroke renders only what they can see.
 */
export const FILL_DELAY_MS = 250;

/**
 * Rows the tree opens by itself. Large configs can hold tens of thousands of
 * matches; opening all of them would freeze the tab, so deeper branches stay
 * closed for the reader to open.
 */
export const AUTO_EXPAND_ROW_BUDGET = 150;

/**
 * The entries to open when a tree first shows: without filter text, the top
 * level; with one, the branches that hold matches. Breadth-first, so the
 * budget is spent on the levels nearest the top.
 */
export function initialExpandedIds(
  entries: readonly VisibleEntry[],
  filtering: boolean,
): string[] {
  const expanded: string[] = [];
  let rows = Math.min(entries.length, CHILDREN_PAGE_SIZE);
  let level: readonly VisibleEntry[] = entries.slice(0, CHILDREN_PAGE_SIZE);
  let depth = 0;
  while (level.length > 0) {
    const next: VisibleEntry[] = [];
    for (const node of level) {
      const wanted = filtering ? node.expanded : depth === 0;
      if (!wanted || node.children.length === 0) continue;
      const children = node.children.slice(0, CHILDREN_PAGE_SIZE);
      if (rows + children.length > AUTO_EXPAND_ROW_BUDGET) continue;
      rows += children.length;
      expanded.push(node.entry.id);
      next.push(...children);
    }
    level = next;
    depth++;
  }
  return expanded;
}
