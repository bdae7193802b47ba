import { entityKey } from '../model/entityRefs';
import {
  CoverageSettings,
  DocsEntry,
  DocsSection,
  Persona,
  TechDocsTarget,
} from '../model/types';
import { DocsSiteInfo } from '../techdocs/DocsSiteInfoLoader';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';

/** How well one persona is served. */
export interface PersonaCoverage {
  readonly persona: Persona;
  /** Entries the persona sees, per section. */
  readonly counts: readonly number[];
  readonly total: number;
  /** No entries, or fewer than the configured `fewEntries`. */
  readonly thin: 'none' | 'few' | undefined;
}

/** A TechDocs site and the entries that point into it. */
export interface SiteUse {
  readonly target: TechDocsTarget;
  readonly entries: readonly DocsEntry[];
}

/** What the coverage view shows, from the model alone. */
export interface CoverageReport {
  readonly sections: readonly DocsSection[];
  readonly personas: readonly PersonaCoverage[];
  /** Entries every persona sees, having no persona list of their own or inherited. */
  readonly forEveryone: number;
  readonly total: number;
  /** Every TechDocs site the entries point into, in tree order. */
  readonly sites: readonly SiteUse[];
}

/**
 * The persona × section matrix, the entries everyone sees and the sites
 * the entries use, in one pass over the flattened tree.
 */
export function coverageReport(
  index: DocsTreeIndex,
  personas: readonly Persona[],
  settings: CoverageSettings,
): CoverageReport {
  const { flat } = index;
  let forEveryone = 0;
  const sites = new Map<
    string,
    { target: TechDocsTarget; entries: DocsEntry[] }
  >();
  for (let i = 0; i < flat.size; i++) {
    if (!flat.personaLists[i]) forEveryone++;
    const target = flat.entries[i].target;
    if (target?.type !== 'techdocs') continue;
    const key = entityKey(target);
    let site = sites.get(key);
    if (!site) {
      site = { target, entries: [] };
      sites.set(key, site);
    }
    site.entries.push(flat.entries[i]);
  }
  return {
    sections: index.sections,
    personas: personas.map(persona => {
      const counts = index.countsBySection(persona.id);
      const total = counts.reduce((sum, count) => sum + count, 0);
      let thin: PersonaCoverage['thin'];
      if (total === 0) thin = 'none';
      else if (total < settings.fewEntries) thin = 'few';
      return { persona, counts, total, thin };
    }),
    forEveryone,
    total: flat.size,
    sites: [...sites.values()],
  };
}

const DAY_MS = 86_400_000;

/** What is wrong with a site, if anything, as the coverage view says it. */
export type SiteHealth =
  | { state: 'checking' }
  | { state: 'missing' }
  | { state: 'unreadable' }
  | { state: 'stale'; days: number }
  | { state: 'ok'; days?: number };

/**
 * A site's health from what TechDocs said of it: missing, not readable,
 * built longer ago than `staleAfterDays`, or fine.
 */
export function siteHealth(
  info: DocsSiteInfo | undefined,
  staleAfterDays: number,
  now: number = Date.now(),
): SiteHealth {
  if (!info || info.status === 'loading') return { state: 'checking' };
  if (info.status === 'not-found') return { state: 'missing' };
  if (info.status === 'unknown') return { state: 'unreadable' };
  if (info.builtAt === undefined) return { state: 'ok' };
  const days = Math.max(0, Math.floor((now - info.builtAt) / DAY_MS));
  return days > staleAfterDays
    ? { state: 'stale', days }
    : { state: 'ok', days };
}
