import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';

/**
 * One entry of a site's navigation, as in the `nav` list of an mkdocs.yml.
 *
 * @public
 */
export type FixtureNavItem =
  | { type: 'page'; title: string; file: string }
  | { type: 'section'; title: string; items: FixtureNavItem[] };

/**
 * The source of a TechDocs site before it is built: what a repository with a
 * catalog-info.yaml, an mkdocs.yml and a docs/ folder holds.
 *
 * @public
 */
export interface FixtureSite {
  /** The catalog entity whose docs this site is. */
  entity: Entity;
  siteName: string;
  siteDescription: string;
  nav: FixtureNavItem[];
  /** Markdown sources keyed by their path inside docs/, e.g. `user-guides/logging-in.md`. */
  docs: Record<string, string>;
}

/**
 * Checks the parsed YAML files of a site fixture and turns them into a
 * {@link FixtureSite}. Throws with the offending file named, because a broken
 * fixture should fail loudly in the dev app rather than render half a site.
 *
 * @public
 */
export function parseFixtureSite(files: {
  catalogInfo: unknown;
  mkdocs: unknown;
  docs: unknown;
}): FixtureSite {
  const entity = parseEntity(files.catalogInfo);
  const where = `site of ${entity.kind}:${entity.metadata.name}`;

  if (!isRecord(files.mkdocs) || typeof files.mkdocs.site_name !== 'string') {
    throw new Error(`mkdocs.yaml of the ${where} needs a site_name`);
  }
  const { site_name, site_description = '', nav } = files.mkdocs;
  if (typeof site_description !== 'string' || !Array.isArray(nav)) {
    throw new Error(
      `mkdocs.yaml of the ${where} needs a string site_description and a nav list`,
    );
  }

  const docs = files.docs;
  if (
    !isRecord(docs) ||
    !Object.values(docs).every(content => typeof content === 'string')
  ) {
    throw new Error(
      `docs.yaml of the ${where} must map file paths to Markdown`,
    );
  }

  const site: FixtureSite = {
    entity,
    siteName: site_name,
    siteDescription: site_description,
    nav: nav.map(item => parseNavItem(item, where)),
    docs: docs as Record<string, string>,
  };
  for (const file of navFiles(site.nav)) {
    if (!(file in site.docs)) {
      throw new Error(`nav of the ${where} points at missing page ${file}`);
    }
  }
  return site;
}

/**
 * The pages of a site in navigation order, which is also the order of the
 * previous/next links in the page footer.
 *
 * @public
 */
export function navFiles(nav: FixtureNavItem[]): string[] {
  return nav.flatMap(item =>
    item.type === 'page' ? [item.file] : navFiles(item.items),
  );
}

/**
 * The site that documents the given entity. Entity refs are compared
 * case-insensitively, as TechDocs lowercases them in its URLs by default.
 * Throws `NotFoundError`, as the TechDocs backend answers 404 for entities
 * without docs.
 *
 * @public
 */
export function findFixtureSite(
  sites: FixtureSite[],
  entityId: CompoundEntityRef,
): FixtureSite {
  const wanted = stringifyEntityRef(entityId).toLocaleLowerCase('en-US');
  const site = sites.find(
    s => stringifyEntityRef(s.entity).toLocaleLowerCase('en-US') === wanted,
  );
  if (!site) {
    throw new NotFoundError(`No TechDocs fixture site for ${wanted}`);
  }
  return site;
}

function parseEntity(value: unknown): Entity {
  if (
    !isRecord(value) ||
    typeof value.apiVersion !== 'string' ||
    typeof value.kind !== 'string' ||
    !isRecord(value.metadata) ||
    typeof value.metadata.name !== 'string'
  ) {
    throw new Error(
      'catalog-info.yaml of a site fixture needs apiVersion, kind and metadata.name',
    );
  }
  return value as unknown as Entity;
}

// mkdocs.yml nav entries are single-key maps: `Title: file.md` for a page,
// `Title: [...]` for a section.
function parseNavItem(value: unknown, where: string): FixtureNavItem {
  const entries = isRecord(value) ? Object.entries(value) : [];
  if (entries.length !== 1) {
    throw new Error(
      `nav of the ${where} has an entry that is not "Title: page.md" or "Title: [...]"`,
    );
  }
  const [[title, target]] = entries;
  if (typeof target === 'string') {
    return { type: 'page', title, file: target };
  }
  if (Array.isArray(target)) {
    return {
      type: 'section',
      title,
      items: target.map(item => parseNavItem(item, where)),
    };
  }
  throw new Error(`nav entry "${title}" of the ${where} has no page or items`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
