import { VisibleEntry } from '../../../tree/types';
import {
  AUTO_EXPAND_ROW_BUDGET,
  CHILDREN_PAGE_SIZE,
  initialExpandedIds,
} from './initialTreeState';

/** A visible entry with `width` children on each of `depth` levels. */
function tree(
  id: string,
  width: number,
  depth: number,
  expanded = true,
): VisibleEntry {
  const children =
    depth === 0
      ? []
      : Array.from({ length: width }, (_, i) =>
          tree(`${id}.${i}`, width, depth - 1, expanded),
        );
  return {
    entry: { id, title: id, children: [] },
    children,
    expanded: expanded && children.length > 0,
  };
}

/** Rows a tree shows with these entries open: top level plus open children. */
function rows(entries: readonly VisibleEntry[], open: Set<string>): number {
  let count = 0;
  const visit = (list: readonly VisibleEntry[]) => {
    for (const node of list.slice(0, CHILDREN_PAGE_SIZE)) {
      count++;
      if (open.has(node.entry.id)) visit(node.children);
    }
  };
  visit(entries);
  return count;
}

describe('initialExpandedIds', () => {
  it('opens the top level without filter text, and nothing deeper', () => {
    const entries = [tree('a', 3, 3), tree('b', 3, 3)];
    expect(initialExpandedIds(entries, false)).toEqual(['a', 'b']);
  });

  it('opens the branches that hold matches when filtering', () => {
    const entries = [tree('a', 2, 3), tree('b', 2, 1, false)];
    const open = initialExpandedIds(entries, true);
    // Breadth first; b holds no match, so it stays closed.
    expect(open).toEqual([
      'a',
      'a.0',
      'a.1',
      'a.0.0',
      'a.0.1',
      'a.1.0',
      'a.1.1',
    ]);
  });

  it.each([
    ['wide', 20, 3],
    ['deep', 2, 12],
    ['huge', 60, 3],
  ])(
    'stays within the row budget for a %s tree, spending it nearest the top',
    (_, width, depth) => {
      const entries = [tree('a', width, depth), tree('b', width, depth)];
      const open = new Set(initialExpandedIds(entries, true));
      expect(rows(entries, open)).toBeLessThanOrEqual(AUTO_EXPAND_ROW_BUDGET);
      // Breadth first: a branch is only open when its parent is.
      const parents = [...open]
        .filter(id => id.includes('.'))
        .map(id => id.slice(0, id.lastIndexOf('.')));
      expect(parents.filter(parent => !open.has(parent))).toEqual([]);
      expect(open.size).toBeGreaterThan(0);
    },
  );
});
