import {
  ResultHighlight,
  SearchQuery,
  SearchResult,
} from '@backstage/plugin-search-common';
import { entityKey } from '../model/entityRefs';
import { DocsEntry } from '../model/types';
import { normaliseDocsPath } from '../model/urls';
import { FlatTree } from '../tree/FlatTree';
import { locateDocsPage } from '../tree/navigation';
import { TextRange } from '../tree/types';

/** A TechDocs site, named as the search backend's documents name it. */
export interface DocsSite {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/** Text with the characters the search engine matched. */
export interface Snippet {
  readonly text: string;
  readonly ranges: readonly TextRange[];
}

/** One page Backstage Search found inside a site. */
export interface InsidePage {
  readonly site: DocsSite;
  /** The page inside the site, as the document's `path` gives it. */
  readonly path: string;
  readonly title: Snippet;
  /** What the page says around the match, at most about 240 characters. */
  readonly text: Snippet;
}

/** Pages found, grouped under the entry of the persona's tree they are in. */
export interface InsideGroup {
  /** Undefined for pages of a persona's site that no entry covers. */
  readonly entry?: DocsEntry;
  readonly site: DocsSite;
  readonly pages: InsidePage[];
}

/**
 * Up to this many sites, each site gets a query of its own with exact
 * filters, which every search engine honours. Beyond it one query covers
 * all TechDocs and the results are filtered here, because engines differ
 * on whether a filter listing several values restricts at all.
 */
export const MAX_FILTERED_SITES = 8;

/** The TechDocs sites of the entries a persona sees, in tree order. */
export function sitesOf(flat: FlatTree, persona: string): DocsSite[] {
  const { shown } = flat.visibility(persona);
  const sites = new Map<string, DocsSite>();
  for (let i = 0; i < flat.size; i++) {
    const target = flat.entries[i].target;
    if (!shown[i] || target?.type !== 'techdocs') continue;
    const key = entityKey(target);
    if (!sites.has(key)) {
      // Lowercase, as the TechDocs collator writes them into documents.
      sites.set(key, {
        kind: target.kind.toLocaleLowerCase('en-US'),
        namespace: target.namespace.toLocaleLowerCase('en-US'),
        name: target.name.toLocaleLowerCase('en-US'),
      });
    }
  }
  return [...sites.values()];
}

/** The search queries that find `term` inside the sites. */
export function insideQueries(
  term: string,
  sites: readonly DocsSite[],
): SearchQuery[] {
  if (sites.length === 0 || !term.trim()) return [];
  if (sites.length > MAX_FILTERED_SITES) {
    return [{ term, types: ['techdocs'], pageLimit: 100 }];
  }
  return sites.map(site => ({
    term,
    types: ['techdocs'],
    filters: { kind: site.kind, namespace: site.namespace, name: site.name },
    pageLimit: 25,
  }));
}

function field(document: Record<string, unknown>, key: string): string {
  const value = document[key];
  return typeof value === 'string' ? value : '';
}

/** The longest text shown of a page. */
const MAX_TEXT = 240;

/**
 * An engine's highlighted excerpt, such as `a <tag>match</tag> b`, as text
 * and the ranges of its matches.
 */
export function parseHighlight(
  tagged: string,
  preTag: string,
  postTag: string,
): Snippet {
  if (!preTag || !postTag) return { text: tagged, ranges: [] };
  let text = '';
  const ranges: TextRange[] = [];
  let at = 0;
  while (at < tagged.length) {
    const start = tagged.indexOf(preTag, at);
    if (start < 0) break;
    const end = tagged.indexOf(postTag, start + preTag.length);
    if (end < 0) break;
    text += tagged.slice(at, start);
    const matched = tagged.slice(start + preTag.length, end);
    ranges.push({ start: text.length, end: text.length + matched.length });
    text += matched;
    at = end + postTag.length;
  }
  return { text: text + tagged.slice(at), ranges };
}

/** A long snippet cut to the part around its first match. */
export function excerpt(snippet: Snippet, max = MAX_TEXT): Snippet {
  if (snippet.text.length <= max) return snippet;
  const first = snippet.ranges[0]?.start ?? 0;
  const from = first > max / 2 ? first - Math.floor(max / 4) : 0;
  const to = from + max;
  const ranges = snippet.ranges
    .filter(r => r.start >= from && r.end <= to)
    .map(r => ({
      start: r.start - from + (from > 0 ? 1 : 0),
      end: r.end - from + (from > 0 ? 1 : 0),
    }));
  return {
    text: `${from > 0 ? '…' : ''}${snippet.text.slice(from, to)}…`,
    ranges,
  };
}

/** Whether an engine's highlight has the shape the snippets read. */
function isHighlight(value: unknown): value is ResultHighlight {
  const highlight = value as Partial<ResultHighlight> | undefined;
  return (
    typeof highlight === 'object' &&
    highlight !== null &&
    typeof highlight.preTag === 'string' &&
    typeof highlight.postTag === 'string' &&
    typeof highlight.fields === 'object' &&
    highlight.fields !== null
  );
}

function snippetOf(
  document: Record<string, unknown>,
  highlight: ResultHighlight | undefined,
  key: 'title' | 'text',
): Snippet {
  const highlighted = highlight?.fields?.[key];
  if (typeof highlighted === 'string') {
    return parseHighlight(highlighted, highlight!.preTag, highlight!.postTag);
  }
  return { text: field(document, key), ranges: [] };
}

/**
 * Whether a result matched the term in the page's title or text. Engines
 * with filters may return every page of a filtered site, the term being
 * optional beside the filters (Backstage's default Lunr engine does): their
 * highlights then name only the filtered fields. Without highlights, every
 * word must appear in the title or text, its ending aside, as engines stem
 * words ("configuring" finds "configure").
 */
export function matchesTerm(
  document: Record<string, unknown>,
  highlight: ResultHighlight | undefined,
  term: string,
): boolean {
  const fields = highlight?.fields;
  if (fields && Object.keys(fields).length > 0) {
    return 'title' in fields || 'text' in fields;
  }
  const haystack = `${field(document, 'title')} ${field(
    document,
    'text',
  )}`.toLocaleLowerCase();
  return term
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every(word =>
      haystack.includes(word.slice(0, Math.max(4, word.length - 3))),
    );
}

/**
 * The page path of a search document, when it stays inside its site; an
 * engine's documents are not trusted to (`../`, encoded or with
 * backslashes, would lead to another page of the app).
 */
function pagePath(document: Record<string, unknown>): string | undefined {
  const path = field(document, 'path');
  return path === '' ? '' : normaliseDocsPath(path);
}

/**
 * Groups what search found under the entries of the persona's tree, in
 * tree order, keeping only pages of the persona's sites that match the
 * term: a query without site filters (or an engine that ignores them)
 * finds other sites' pages too, and an engine may return pages that only
 * match the filters. Results that are not TechDocs documents, are not
 * shaped like one, or whose path leaves its site are dropped, each alone.
 */
export function groupInsideResults(
  flat: FlatTree,
  persona: string,
  sites: readonly DocsSite[],
  term: string,
  results: readonly unknown[],
): InsideGroup[] {
  const siteByKey = new Map(sites.map(site => [entityKey(site), site]));
  const groups = new Map<string, InsideGroup & { order: number }>();
  const seen = new Set<string>();
  for (const item of results) {
    const result = item as Partial<SearchResult> | null;
    if (typeof result !== 'object' || result === null) continue;
    if (result.type !== 'techdocs') continue;
    if (typeof result.document !== 'object' || result.document === null) {
      continue;
    }
    const document = result.document as unknown as Record<string, unknown>;
    const highlight = isHighlight(result.highlight)
      ? result.highlight
      : undefined;
    const site = siteByKey.get(
      entityKey({
        kind: field(document, 'kind'),
        namespace: field(document, 'namespace'),
        name: field(document, 'name'),
      }),
    );
    if (!site || !matchesTerm(document, highlight, term)) continue;
    const path = pagePath(document);
    if (path === undefined) continue;
    const pageKey = `${entityKey(site)}/${path}`;
    // Per-site queries can overlap with engines that ignore filters.
    if (seen.has(pageKey)) continue;
    seen.add(pageKey);
    const location = locateDocsPage(flat, persona, site, path);
    const groupKey = location
      ? `entry:${location.entry.id}`
      : `site:${entityKey(site)}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = {
        entry: location?.entry,
        site,
        pages: [],
        // Pages no entry covers go after the entries.
        order: location
          ? flat.indexOf(location.entry)
          : flat.size + groups.size,
      };
      groups.set(groupKey, group);
    }
    const title = snippetOf(document, highlight, 'title');
    group.pages.push({
      site,
      path,
      title: title.text ? title : { text: path || site.name, ranges: [] },
      text: excerpt(snippetOf(document, highlight, 'text')),
    });
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...group }) => group);
}
