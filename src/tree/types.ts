import { DocsEntry, DocsSection } from '../model/types';

/**
 * A half-open range `[start, end)` of matched characters in a text.
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Which characters of an entry's title and description matched the filter text.
 */
export interface EntryMatch {
  readonly title: readonly TextRange[];
  readonly description: readonly TextRange[];
}

/**
 * An entry as it should be shown for one persona and filter text.
 */
export interface VisibleEntry {
  readonly entry: DocsEntry;
  /** The entry's title in the index's language, when config gives one. */
  readonly title?: string;
  /** The entry's description in the index's language. */
  readonly description?: string;
  /** Visible children, in config order. */
  readonly children: readonly VisibleEntry[];
  /** True when a filter match lies below this entry, so it should be open. */
  readonly expanded: boolean;
  /** Set when this entry itself matched the filter text. */
  readonly match?: EntryMatch;
}

/**
 * A section with its visible entries.
 */
export interface VisibleSection {
  readonly section: DocsSection;
  readonly entries: readonly VisibleEntry[];
  /** Entries shown for the persona, ignoring the filter text. */
  readonly count: number;
  /** Entries that match the filter text; equals `count` without filter text. */
  readonly matchCount: number;
}

/**
 * The result of filtering the docs tree. Results are shared and frozen:
 * they never change, whoever else holds them.
 */
export interface VisibleTree {
  /** A persona id, or `all`. */
  readonly persona: string;
  /** The filter text as given. */
  readonly query: string;
  /** True when the filter text has at least one term. */
  readonly filtering: boolean;
  readonly sections: readonly VisibleSection[];
  /** Ids of entries to open because matches lie below them. */
  readonly expandedIds: readonly string[];
}
