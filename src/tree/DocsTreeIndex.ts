import { localize, localizeAll } from '../model/localize';
import { targetLabel } from '../model/targets';
import { DocsEntry, DocsSection, PersonaDocsModel } from '../model/types';
import { FlatTree } from './FlatTree';
import { FoldedText, foldCase } from './foldCase';
import { findRanges, parseFilterTerms } from './filterTerms';
import { EntryMatch, VisibleEntry, VisibleSection, VisibleTree } from './types';

/** What one filter result needs to build its entries on demand. */
interface FilterScan {
  include: Uint8Array;
  terms?: string[];
  matched?: Uint8Array;
  matchBelow?: Uint8Array;
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
    readonly title: string | undefined,
    readonly description: string | undefined,
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
 * Filtering over the docs tree of a {@link PersonaDocsModel}, in
 * one language: the texts it matches and shows are the entries' titles and
 * descriptions in that language. Filtering by persona and filter text is a
 * few linear passes over the typed arrays of a {@link FlatTree}; results are
 * frozen and cached per persona, and never change for the same arguments.
 */
export class DocsTreeIndex {
  /** The model this index was built from. */
  readonly model: PersonaDocsModel;
  readonly flat: FlatTree;
  /** The model's sections, titled and described in the index's language. */
  readonly sections: readonly DocsSection[];

  private readonly titles: (string | undefined)[] = [];
  private readonly descriptions: (string | undefined)[] = [];
  private readonly titleKeys: FoldedText[] = [];
  private readonly descriptionKeys: FoldedText[] = [];
  private readonly unfilteredTrees = new Map<string, VisibleTree>();
  private readonly personasShowingCache = new Map<number, readonly string[]>();

  /**
   * Indexes the model. Linear in the number of entries.
   *
   * @param options.language - the reader's language, for translated texts
   * @param options.flat - the model already flattened, to share it
   */
  static fromModel(
    model: PersonaDocsModel,
    options: { language?: string; flat?: FlatTree } = {},
  ): DocsTreeIndex {
    return new DocsTreeIndex(
      options.flat ?? new FlatTree(model),
      options.language,
    );
  }

  private constructor(flat: FlatTree, language: string | undefined) {
    this.flat = flat;
    this.model = flat.model;
    this.sections = localizeAll(flat.model.sections, language);
    for (const entry of flat.entries) {
      const text = entry.translations
        ? localize(entry, language)
        : { title: entry.title, description: entry.description };
      this.titles.push(text.title);
      this.descriptions.push(text.description);
      this.titleKeys.push(foldCase(text.title ?? targetLabel(entry.target)));
      this.descriptionKeys.push(
        text.description ? foldCase(text.description) : EMPTY_FOLD,
      );
    }
  }

  /** Number of entries in the whole model. */
  get size(): number {
    return this.flat.size;
  }

  /**
   * The tree as one persona sees it, narrowed by a filter text.
   *
   * An entry is shown when its personas (its own list, else its nearest
   * ancestor's, else everyone) include the persona and its parent is shown;
   * a group without a target of its own disappears when none of its children
   * is shown. With a filter text, entries match when every word occurs in
   * the title or description (case-insensitively); matches keep their
   * ancestors, which are marked expanded, and their shown descendants.
   *
   * @param persona - a persona id, or `all`
   * @param query - filter text; blank means no filter
   */
  filter(persona: string, query: string): VisibleTree {
    const terms = parseFilterTerms(query);
    if (terms.length === 0) {
      let tree = this.unfilteredTrees.get(persona);
      if (!tree) {
        tree = this.build(persona, '', this.flat.visibility(persona).shown);
        this.unfilteredTrees.set(persona, tree);
      }
      return query === tree.query ? tree : Object.freeze({ ...tree, query });
    }
    return this.match(persona, query, terms);
  }

  /**
   * How many entries each persona sees, optionally counting only filter
   * matches. Lets the page tell a reader which personas do have entries.
   */
  countByPersona(query = ''): Map<string, number> {
    const terms = parseFilterTerms(query);
    const counts = new Map<string, number>();
    for (const { id } of this.model.personas) {
      const { shown } = this.flat.visibility(id);
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
    return Array.from(this.flat.visibility(persona).sectionCounts);
  }

  /**
   * The personas for which an entry of this index's model is shown, in
   * config order. Used for the badges in "All personas".
   */
  personasShowing(entry: DocsEntry): readonly string[] {
    const index = this.flat.indexOf(entry);
    if (index < 0) return [];
    // Cached, so a row can skip re-rendering when its badges are the same.
    let personas = this.personasShowingCache.get(index);
    if (!personas) {
      personas = Object.freeze(
        this.model.personas
          .map(p => p.id)
          .filter(id => this.flat.visibility(id).shown[index] === 1),
      );
      this.personasShowingCache.set(index, personas);
    }
    return personas;
  }

  private matches(index: number, terms: string[]): boolean {
    const title = this.titleKeys[index].folded;
    const description = this.descriptionKeys[index].folded;
    for (const term of terms) {
      if (!title.includes(term) && !description.includes(term)) return false;
    }
    return true;
  }

  private match(persona: string, query: string, terms: string[]): VisibleTree {
    const n = this.flat.size;
    const { shown } = this.flat.visibility(persona);
    const matched = new Uint8Array(n);
    for (let i = 0; i < n; ) {
      if (!shown[i]) {
        i = this.flat.subtreeEnds[i];
        continue;
      }
      if (this.matches(i, terms)) matched[i] = 1;
      i++;
    }
    const matchBelow = new Uint8Array(n);
    for (let i = n - 1; i >= 0; i--) {
      const parent = this.flat.parents[i];
      if (parent >= 0 && (matched[i] || matchBelow[i])) matchBelow[parent] = 1;
    }
    const include = new Uint8Array(n);
    const underMatch = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      if (!shown[i]) continue;
      const parent = this.flat.parents[i];
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
    filter?: { terms: string[]; matched: Uint8Array; matchBelow: Uint8Array },
  ): VisibleTree {
    const { sectionCounts } = this.flat.visibility(persona);
    const scan: FilterScan = { include, ...filter };
    const expandedIds: string[] = [];
    const sections: VisibleSection[] = this.sections.map((section, s) => {
      const start = this.flat.sectionStarts[s];
      const end = this.flat.sectionStarts[s + 1];
      let matchCount = sectionCounts[s];
      if (filter) {
        matchCount = 0;
        for (let i = start; i < end; i++) {
          if (!include[i]) continue;
          matchCount += filter.matched[i];
          if (filter.matchBelow[i]) expandedIds.push(this.flat.entries[i].id);
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
      filtering: filter !== undefined,
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
    for (let i = start; i < end; i = this.flat.subtreeEnds[i]) {
      if (scan.include[i]) nodes.push(this.node(scan, i));
    }
    return nodes;
  }

  /**
   * A visible entry whose children and match ranges are only worked out when
   * asked for. A filter can include thousands of entries while the page
   * shows a few hundred, and building them all made filtering large configs
   * grow faster than their size (most of the time went to garbage
   * collection).
   */
  private node(scan: FilterScan, i: number): VisibleEntry {
    return new LazyVisibleEntry(
      this.flat.entries[i],
      this.titles[i],
      this.descriptions[i],
      scan.matchBelow?.[i] === 1,
      () => this.nodesBetween(scan, i + 1, this.flat.subtreeEnds[i]),
      () => this.matchOf(scan, i),
    );
  }

  private matchOf(scan: FilterScan, i: number): EntryMatch | undefined {
    if (!scan.terms || !scan.matched?.[i]) return undefined;
    return {
      title: this.titles[i] ? findRanges(this.titleKeys[i], scan.terms) : [],
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
