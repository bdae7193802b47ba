import { entityKey } from '../model/entityRefs';
import { DocsEntry } from '../model/types';
import { FlatTree } from './FlatTree';

/**
 * A group declared a learning path, with the steps a persona sees in it:
 * its entries with a target, in tree order.
 */
export interface LearningPath {
  readonly entry: DocsEntry;
  readonly steps: readonly DocsEntry[];
}

/** Where a docs page sits in a persona's tree. */
export interface DocsLocation {
  readonly entry: DocsEntry;
  /** The entry's ancestors, outermost first. */
  readonly trail: readonly DocsEntry[];
  /**
   * The entries before and after it: within its learning path when it is a
   * step of one, else in the persona's whole tree.
   */
  readonly previous?: DocsEntry;
  readonly next?: DocsEntry;
  /** The learning path it is a step of, and which step. */
  readonly path?: LearningPath & { readonly step: number };
}

/**
 * A page path inside a TechDocs site as the reader shows it and as config
 * names it, made comparable: no anchor, no `index.html`, no slashes at
 * either end.
 */
export function comparablePagePath(path: string | undefined): string {
  return (path ?? '')
    .replace(/#.*$/, '')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
}

/** Flat indexes of the entries with a target a persona sees, in tree order. */
function readingOrder(flat: FlatTree, persona: string): number[] {
  const { shown } = flat.visibility(persona);
  const order: number[] = [];
  for (let i = 0; i < flat.size; i++) {
    if (shown[i] && flat.entries[i].target) order.push(i);
  }
  return order;
}

function ancestorsOf(flat: FlatTree, index: number): number[] {
  const trail: number[] = [];
  for (let p = flat.parents[index]; p >= 0; p = flat.parents[p]) {
    trail.unshift(p);
  }
  return trail;
}

function inPath(flat: FlatTree, index: number): boolean {
  return ancestorsOf(flat, index).some(i => flat.entries[i].learningPath);
}

function pathAt(flat: FlatTree, persona: string, index: number): LearningPath {
  const { shown } = flat.visibility(persona);
  const steps: DocsEntry[] = [];
  for (let i = index + 1; i < flat.subtreeEnds[index]; i++) {
    if (shown[i] && flat.entries[i].target) steps.push(flat.entries[i]);
  }
  return { entry: flat.entries[index], steps };
}

/** The learning paths a persona sees, with their steps, in tree order. */
export function learningPaths(flat: FlatTree, persona: string): LearningPath[] {
  const { shown } = flat.visibility(persona);
  const paths: LearningPath[] = [];
  for (let i = 0; i < flat.size; i++) {
    if (shown[i] && flat.entries[i].learningPath) {
      const path = pathAt(flat, persona, i);
      if (path.steps.length > 0) paths.push(path);
    }
  }
  return paths;
}

/**
 * The entry of a persona's tree for the TechDocs page a reader has open:
 * a docs entry of the same entity whose page path is the open page or one
 * of its parents; the most specific one wins. Undefined when the page is in
 * no entry.
 *
 * @param entity - the site's entity, as the reader names it
 * @param pagePath - the page inside the site, as the reader's URL has it
 */
export function locateDocsPage(
  flat: FlatTree,
  persona: string,
  entity: { kind: string; namespace: string; name: string },
  pagePath: string,
): DocsLocation | undefined {
  const key = entityKey(entity);
  const open = comparablePagePath(pagePath);
  const order = readingOrder(flat, persona);
  let best = -1;
  let bestLength = -1;
  for (const i of order) {
    const target = flat.entries[i].target;
    if (target?.type !== 'techdocs' || entityKey(target) !== key) continue;
    const path = comparablePagePath(target.path);
    const contains =
      path === '' || open === path || open.startsWith(`${path}/`);
    // On a tie, a step of a learning path wins: the reader is likelier
    // following the path than the tree.
    const better =
      path.length > bestLength ||
      (path.length === bestLength && inPath(flat, i) && !inPath(flat, best));
    if (contains && better) {
      best = i;
      bestLength = path.length;
    }
  }
  if (best < 0) return undefined;

  const trail = ancestorsOf(flat, best);
  const pathIndex = [...trail]
    .reverse()
    .find(i => flat.entries[i].learningPath);
  let path: DocsLocation['path'];
  let neighbours: readonly DocsEntry[];
  const entry = flat.entries[best];
  if (pathIndex !== undefined) {
    const learning = pathAt(flat, persona, pathIndex);
    path = { ...learning, step: learning.steps.indexOf(entry) };
    neighbours = learning.steps;
  } else {
    neighbours = order.map(i => flat.entries[i]);
  }
  const position = neighbours.indexOf(entry);
  return {
    entry,
    trail: trail.map(i => flat.entries[i]),
    ...(position > 0 && { previous: neighbours[position - 1] }),
    ...(position < neighbours.length - 1 && {
      next: neighbours[position + 1],
    }),
    ...(path && { path }),
  };
}

/**
 * The entries a persona sees about an entity: its TechDocs site's entries,
 * and those whose `entities` name it, in tree order.
 */
export function entriesAbout(
  flat: FlatTree,
  persona: string,
  entity: { kind: string; namespace: string; name: string },
): DocsEntry[] {
  const key = entityKey(entity);
  return readingOrder(flat, persona)
    .map(i => flat.entries[i])
    .filter(
      entry =>
        (entry.target?.type === 'techdocs' &&
          entityKey(entry.target) === key) ||
        entry.entities?.includes(key),
    );
}

/**
 * The first entries with a target a persona sees, in tree order, in one
 * section or all of them.
 */
export function firstEntries(
  flat: FlatTree,
  persona: string,
  options: { sectionId?: string; limit: number },
): DocsEntry[] {
  const section = flat.model.sections.findIndex(
    s => s.id === options.sectionId,
  );
  return readingOrder(flat, persona)
    .filter(i => section < 0 || flat.sectionAt(i) === section)
    .slice(0, options.limit)
    .map(i => flat.entries[i]);
}
