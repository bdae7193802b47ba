import { targetLabel } from '../model/targets';
import { ALL_PERSONAS, DocsEntry, PersonaDocsModel } from '../model/types';
import { FoldedText, foldCase } from './foldCase';
import { findRanges, parseSearchTerms } from './searchQuery';
import { EntryMatch, VisibleEntry, VisibleSection, VisibleTree } from './types';

/** What one filter result needs to build its entries on demand. */
interface FilterScan {
  include: Uint8Array;
  terms?: string[];
  matched?: Uint8Array;
  matchBelow?: Uint8Array;
}

/** Which entries one persona sees, with per-section counts. */
interface PersonaVisibility {
  shown: Uint8Array;
  sectionCounts: Int32Array;
}

/**
 * A {@link VisibleEntry} that works out its children and match ranges the
 * first time they are read.
 */
class LazyVisibleEntry implements VisibleEntry {
  #children?: readonly VisibleEntry[];
  #match?: { value: EntryMatch | undefined };

  constructor(
    readonly entry: DocsEntry,
    readonly expanded: boolean,
    private readonly findChildren: () => VisibleEntry[],
    private readonly findMatch: () => EntryMatch | undefined,
  ) {}

  get children(): readonly VisibleEntry[] {
    this.#children ??= Object.freeze(this.findChildren());
    return this.#children;
  }

  get match(): EntryMatch | undefined {
    this.#match ??= { value: freezeMatch(this.findMatch()) };
    return this.#match.value;
  }
}

const EMPTY_FOLD: FoldedText = { folded: '' };

/**
 * The docs tree of a {@link PersonaDocsModel}, flattened once into arrays in
 * depth-first order so that filtering by persona and search text is a few
 * linear passes over typed arrays, with no recursion and no re-reading of the
 * model. Build it once per config; it caches what each persona sees on first
 * use. Instances never change what they return for the same arguments.
 */
export class DocsTreeIndex {
  /** The model this index was built from. */
  readonly model: PersonaDocsModel;

  private readonly entries: DocsEntry[] = [];
  private readonly parents: number[] = [];
  private readonly subtreeEnds: number[] = [];
  /** Effective personas after inheritance; undefined means everyone. */
  private readonly personaLists: (readonly string[] | undefined)[] = [];
  private readonly titleKeys: FoldedText[] = [];
  private readonly descriptionKeys: FoldedText[] = [];
  /** Start of each section in the flat arrays, plus the total at the end. */
  private readonly sectionStarts: number[] = [];
  /** Keyed by entry object: hashing long id strings is the slow part of indexing. */
  private readonly indexByEntry = new Map<DocsEntry, number>();
  private readonly visibilities = new Map<string, PersonaVisibility>();
  private readonly unsearchedTrees = new Map<string, VisibleTree>();
  private readonly personasShowingCache = new Map<number, readonly string[]>();

  /**
   * Flattens the model. Linear in the number of entries.
   */
  static fromModel(model: PersonaDocsModel): DocsTreeIndex {
    return new DocsTreeIndex(model);
  }

  private constructor(model: PersonaDocsModel) {
    this.model = model;
    for (const section of model.sections) {
      this.sectionStarts.push(this.entries.length);
      for (const entry of section.entries) {
        this.add(entry, -1, undefined);
      }
    }
    this.sectionStarts.push(this.entries.length);
  }

  private add(
    entry: DocsEntry,
    parent: number,
    inherited: readonly string[] | undefined,
  ) {
    const index = this.entries.length;
    const personas = entry.personas ?? inherited;
    this.entries.push(entry);
    this.parents.push(parent);
    this.subtreeEnds.push(index + 1);
    this.personaLists.push(personas);
    this.titleKeys.push(foldCase(entry.title ?? targetLabel(entry.target)));
    this.descriptionKeys.push(
      entry.description ? foldCase(entry.description) : EMPTY_FOLD,
    );
    this.indexByEntry.set(entry, index);
    for (const child of entry.children) {
      this.add(child, index, personas);
    }
    this.subtreeEnds[index] = this.entries.length;
  }

  /** Number of entries in the whole model. */
  get size(): number {
    return this.entries.length;
  }

  /**
   * The tree as one persona sees it, narrowed by a search text.
   *
   * An entry is shown when its personas (its own list, else its nearest
   * ancestor's, else everyone) include the persona and its parent is shown;
   * a group without a target of its own disappears when none of its children
   * is shown. With a search text, entries match when every word occurs in
   * the title or description (case-insensitively); matches keep their
   * ancestors, which are marked expanded, and their shown descendants.
   *
   * @param persona - a persona id, or `all`
   * @param query - search text; blank means no search
   */
  filter(persona: string, query: string): VisibleTree {
    const terms = parseSearchTerms(query);
    if (terms.length === 0) {
      let tree = this.unsearchedTrees.get(persona);
      if (!tree) {
        tree = this.build(persona, '', this.visibility(persona).shown);
        this.unsearchedTrees.set(persona, tree);
      }
      return query === tree.query ? tree : Object.freeze({ ...tree, query });
    }
    return this.search(persona, query, terms);
  }

  /**
   * How many entries each persona sees, optionally counting only search
   * matches. Lets the page tell a reader which personas do have entries.
   */
  countByPersona(query = ''): Map<string, number> {
    const terms = parseSearchTerms(query);
    const counts = new Map<string, number>();
    for (const { id } of this.model.personas) {
      const { shown } = this.visibility(id);
      let count = 0;
      for (let i = 0; i < shown.length; i++) {
        if (shown[i] && (terms.length === 0 || this.matches(i, terms))) {
          count++;
        }
      }
      counts.set(id, count);
    }
    return counts;
  }

  /**
   * How many entries a persona (or `all`) sees in each section, in the
   * order of the model's sections.
   */
  countsBySection(persona: string): readonly number[] {
    return Array.from(this.visibility(persona).sectionCounts);
  }

  /**
   * The personas for which an entry of this index's model is shown, in
   * config order. Used for the badges in "All personas".
   */
  personasShowing(entry: DocsEntry): readonly string[] {
    const index = this.indexByEntry.get(entry);
    if (index === undefined) return [];
    // Cached, so a label can skip re-rendering when its badges are the same.
    let personas = this.personasShowingCache.get(index);
    if (!personas) {
      personas = Object.freeze(
        this.model.personas
          .map(p => p.id)
          .filter(id => this.visibility(id).shown[index] === 1),
      );
      this.personasShowingCache.set(index, personas);
    }
    return personas;
  }

  private visibility(persona: string): PersonaVisibility {
    let visibility = this.visibilities.get(persona);
    if (!visibility) {
      visibility = this.computeVisibility(persona);
      this.visibilities.set(persona, visibility);
    }
    return visibility;
  }

  private computeVisibility(persona: string): PersonaVisibility {
    const n = this.entries.length;
    const shown = new Uint8Array(n);
    if (persona === ALL_PERSONAS) {
      // The config reader drops groups without children, so every entry has
      // a target or a child and nothing needs pruning.
      shown.fill(1);
    } else {
      const visible = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const list = this.personaLists[i];
        const parent = this.parents[i];
        visible[i] =
          (list === undefined || list.includes(persona)) &&
          (parent < 0 || visible[parent] === 1)
            ? 1
            : 0;
      }
      // Children come after their parent in depth-first order, so a reverse
      // pass sees every child before its parent.
      const hasShownChild = new Uint8Array(n);
      for (let i = n - 1; i >= 0; i--) {
        if (
          visible[i] &&
          (this.entries[i].target !== undefined || hasShownChild[i])
        ) {
          shown[i] = 1;
          const parent = this.parents[i];
          if (parent >= 0) hasShownChild[parent] = 1;
        }
      }
    }
    const sectionCounts = new Int32Array(this.model.sections.length);
    for (let s = 0; s < sectionCounts.length; s++) {
      let count = 0;
      for (let i = this.sectionStarts[s]; i < this.sectionStarts[s + 1]; i++) {
        count += shown[i];
      }
      sectionCounts[s] = count;
    }
    return { shown, sectionCounts };
  }

  private matches(index: number, terms: string[]): boolean {
    const title = this.titleKeys[index].folded;
    const description = this.descriptionKeys[index].folded;
    for (const term of terms) {
      if (!title.includes(term) && !description.includes(term)) return false;
    }
    return true;
  }

  private search(persona: string, query: string, terms: string[]): VisibleTree {
    const n = this.entries.length;
    const { shown } = this.visibility(persona);
    const matched = new Uint8Array(n);
    for (let i = 0; i < n; ) {
      if (!shown[i]) {
        i = this.subtreeEnds[i];
        continue;
      }
      if (this.matches(i, terms)) matched[i] = 1;
      i++;
    }
    const matchBelow = new Uint8Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const parent = this.parents[i];
      if (parent >= 0 && (matched[i] || matchBelow[i])) matchBelow[parent] = 1;
    }
    const include = new Uint8Array(n);
    const underMatch = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!shown[i]) continue;
      const parent = this.parents[i];
      underMatch[i] =
        parent >= 0 && (matched[parent] || underMatch[parent]) ? 1 : 0;
      include[i] = matched[i] | matchBelow[i] | underMatch[i];
    }
    return this.build(persona, query, include, { terms, matched, matchBelow });
  }

  private build(
    persona: string,
    query: string,
    include: Uint8Array,
    search?: { terms: string[]; matched: Uint8Array; matchBelow: Uint8Array },
  ): VisibleTree {
    const { sectionCounts } = this.visibility(persona);
    const scan: FilterScan = { include, ...search };
    const expandedIds: string[] = [];
    const sections: VisibleSection[] = this.model.sections.map((section, s) => {
      const start = this.sectionStarts[s];
      const end = this.sectionStarts[s + 1];
      let matchCount = sectionCounts[s];
      if (search) {
        matchCount = 0;
        for (let i = start; i < end; i++) {
          if (!include[i]) continue;
          matchCount += search.matched[i];
          if (search.matchBelow[i]) expandedIds.push(this.entries[i].id);
        }
      }
      return Object.freeze({
        section,
        entries: Object.freeze(this.nodesBetween(scan, start, end)),
        count: sectionCounts[s],
        matchCount,
      });
    });
    // Frozen: trees are cached and handed to every caller alike.
    return Object.freeze({
      persona,
      query,
      searching: search !== undefined,
      sections: Object.freeze(sections),
      expandedIds: Object.freeze(expandedIds),
    });
  }

  /**
   * The included entries among `[start, end)` that are not nested in another
   * one there: a section's top level, or an entry's children.
   */
  private nodesBetween(
    scan: FilterScan,
    start: number,
    end: number,
  ): VisibleEntry[] {
    const nodes: VisibleEntry[] = [];
    for (let i = start; i < end; i = this.subtreeEnds[i]) {
      if (scan.include[i]) nodes.push(this.node(scan, i));
    }
    return nodes;
  }

  /**
   * A visible entry whose children and match ranges are only worked out when
   * asked for. A search can include thousands of entries while the page
   * shows a few hundred, and building them all made filtering large configs
   * grow faster than their size (most of the time went to garbage
   * collection).
   */
  private node(scan: FilterScan, i: number): VisibleEntry {
    return new LazyVisibleEntry(
      this.entries[i],
      scan.matchBelow?.[i] === 1,
      () => this.nodesBetween(scan, i + 1, this.subtreeEnds[i]),
      () => this.matchOf(scan, i),
    );
  }

  private matchOf(scan: FilterScan, i: number): EntryMatch | undefined {
    if (!scan.terms || !scan.matched?.[i]) return undefined;
    return {
      title: this.entries[i].title
        ? findRanges(this.titleKeys[i], scan.terms)
        : [],
      description: findRanges(this.descriptionKeys[i], scan.terms),
    };
  }
}

function freezeMatch(match: EntryMatch | undefined): EntryMatch | undefined {
  if (!match) return undefined;
  match.title.forEach(range => Object.freeze(range));
  match.description.forEach(range => Object.freeze(range));
  Object.freeze(match.title);
  Object.freeze(match.description);
  return Object.freeze(match);
}
