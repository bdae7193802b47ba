import { DocsEntry, DocsSection } from '../model/types';

/**
 * A half-open range `[start, end)` of matched characters in a text.
 *
 * @public
 */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Which characters of an entry's title and description matched the search.
 *
 * @public
 */
export interface EntryMatch {
  title: TextRange[];
  description: TextRange[];
}

/**
 * An entry as it should be shown for one persona and search text.
 *
 * @public
 */
export interface VisibleEntry {
  entry: DocsEntry;
  /** Visible children, in config order. */
  children: VisibleEntry[];
  /** True when a search match lies below this entry, so it should be open. */
  expanded: boolean;
  /** Set when this entry itself matched the search. */
  match?: EntryMatch;
}

/**
 * A section with its visible entries.
 *
 * @public
 */
export interface VisibleSection {
  section: DocsSection;
  entries: VisibleEntry[];
  /** Entries shown for the persona, ignoring the search text. */
  count: number;
  /** Entries that match the search text; equals `count` without search. */
  matchCount: number;
}

/**
 * The result of filtering the docs tree.
 *
 * @public
 */
export interface VisibleTree {
  /** A persona id, or `all`. */
  persona: string;
  /** The search text as given. */
  query: string;
  /** True when the search text has at least one term. */
  searching: boolean;
  sections: VisibleSection[];
  /** Ids of entries to open because matches lie below them. */
  expandedIds: string[];
}
