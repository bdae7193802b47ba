import { existsSync, readdirSync, statSync } from 'node:fs';
import {
  basename,
  dirname,
  join,
  matchesGlob,
  relative,
  resolve,
} from 'node:path';
import { checkEntityRef } from '../../src/model/entityRefs';
import { findMkDocsConfig, readMkDocsProject } from './import/mkdocsConfig';
import { listDocsPages, MAX_DOCS_FILES, pageUrl } from './import/mkdocsFiles';
import { readMkDocsNav } from './import/mkdocsNav';
import { ImportNotes, navPages } from './import/navTree';
import { siteEntityFromCatalogInfo } from './import/siteEntity';

/** One finding of the site check. */
export interface SiteFinding {
  /** The config key of the entry, or the site and page for an unreached page. */
  key: string;
  message: string;
  /** For an unreached page: its source file, relative to cwd. */
  file?: string;
}

/** A site's pages, by the path an entry names them with. */
interface SitePages {
  entityRef: string;
  label: string;
  /** Comparison key -> [path as written, source file or built file]. */
  pages: Map<string, { path: string; file: string; src?: string }>;
  /** Keys of the pages in the nav; undefined when every page counts. */
  nav?: Set<string>;
}

/** `admin/install/#x`, `/admin/install`, `admin/install/index.html`: one page. */
export function pageKey(path: string): string {
  let key = path.split('#')[0].split('?')[0].replace(/^\/+/, '');
  key = key.replace(/(^|\/)index\.html$/, '$1').replace(/\/+$/, '');
  try {
    key = decodeURI(key);
  } catch {
    // Kept as written.
  }
  return key;
}

/** `[ref=]path`: the entity is optional when the site says it. */
export function parseSiteOption(value: string): {
  entity?: string;
  path: string;
} {
  const at = value.indexOf('=');
  if (at > 0) {
    const check = checkEntityRef(value.slice(0, at), 'component');
    if (check.ok) return { entity: check.key, path: value.slice(at + 1) };
  }
  return { path: value };
}

function builtPages(dir: string): SitePages['pages'] {
  const pages: SitePages['pages'] = new Map();
  const walk = (current: string, prefix: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      const path = prefix ? `${prefix}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, path);
      else if (name.endsWith('.html') && path !== '404.html') {
        if (pages.size >= MAX_DOCS_FILES)
          throw new Error(`more than ${MAX_DOCS_FILES} pages in ${dir}`);
        const url = path.replace(/(^|\/)index\.html$/, '$1');
        pages.set(pageKey(url), { path: url, file: full });
      }
    }
  };
  walk(dir, '');
  return pages;
}

/** Reads a site given to `--site`: an MkDocs project, or a built site folder. */
export function readSitePages(option: string, cwd: string): SitePages {
  const { entity, path } = parseSiteOption(option);
  const target = resolve(cwd, path);
  if (!existsSync(target))
    throw new Error(`--site ${path}: no such file or folder`);
  const isProject =
    !statSync(target).isDirectory() ||
    ['mkdocs.yml', 'mkdocs.yaml'].some(name => existsSync(join(target, name)));
  if (isProject) {
    const project = readMkDocsProject(findMkDocsConfig(target));
    const entityRef =
      entity ??
      siteEntityFromCatalogInfo(dirname(project.configFile))?.entityRef;
    if (!entityRef) {
      throw new Error(
        `--site ${path}: no catalog-info.yaml beside it names the site; write --site <entity-ref>=${path}`,
      );
    }
    const sources = listDocsPages(project.docsDir);
    const pages: SitePages['pages'] = new Map();
    const keyOf = new Map<string, string>();
    for (const src of sources) {
      const url = pageUrl(src, project.useDirectoryUrls);
      pages.set(pageKey(url), {
        path: url,
        file: join(project.docsDir, src),
        src,
      });
      keyOf.set(src, pageKey(url));
    }
    const site: SitePages = {
      entityRef,
      label: relative(cwd, project.configFile),
      pages,
    };
    if (project.nav !== undefined) {
      const nav = readMkDocsNav(
        project.nav,
        new Set(sources),
        new ImportNotes(),
      );
      site.nav = new Set(navPages(nav).map(src => keyOf.get(src)!));
    }
    return site;
  }
  // TechDocs publishes a site at <namespace>/<kind>/<name>/.
  let entityRef = entity;
  if (!entityRef && existsSync(join(target, 'techdocs_metadata.json'))) {
    const name = basename(target);
    const kind = basename(dirname(target));
    const namespace = basename(dirname(dirname(target)));
    const check = checkEntityRef(`${kind}:${namespace}/${name}`, 'component');
    if (check.ok) entityRef = check.key;
  }
  if (!entityRef) {
    throw new Error(
      `--site ${path}: name the site's entity, as --site <entity-ref>=${path}`,
    );
  }
  return {
    entityRef,
    label: relative(cwd, target) || '.',
    pages: builtPages(target),
  };
}

/** Every `docs` entry of the block: key path, entity key and page path. */
function docsEntries(personaDocs: unknown) {
  const found: {
    key: string;
    entity: string;
    path: string;
    hasPath: boolean;
  }[] = [];
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${key}[${index}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.docs === 'string') {
      const check = checkEntityRef(record.docs, 'component');
      const path = typeof record.path === 'string' ? record.path : '';
      if (check.ok)
        found.push({
          key,
          entity: check.key,
          path,
          hasPath: typeof record.path === 'string',
        });
    }
    for (const child of ['sections', 'entries', 'children']) {
      if (child in record) visit(record[child], `${key}.${child}`);
    }
  };
  visit(personaDocs, 'personaDocs');
  return found;
}

/**
 * Compares the entries with the sites they point at: entries whose page
 * the site no longer has or whose page left the nav, and pages of the nav
 * (every page, without a nav or for a built site) that no entry reaches,
 * except those `ignore` globs match (source paths, or URLs of built sites).
 */
export function checkSites(
  personaDocs: unknown,
  sites: readonly SitePages[],
  cwd: string,
  ignore: readonly string[] = [],
): SiteFinding[] {
  const findings: SiteFinding[] = [];
  const entries = docsEntries(personaDocs);
  for (const site of sites) {
    const reached = new Set<string>();
    for (const entry of entries) {
      if (entry.entity !== site.entityRef) continue;
      const key = pageKey(entry.path);
      const page = site.pages.get(key);
      const at = `${entry.key}.${entry.hasPath ? 'path' : 'docs'}`;
      if (!page) {
        findings.push({
          key: at,
          message: `${site.entityRef} has no page ${entry.path || '(home)'} (${
            site.label
          }); the page was moved or removed`,
        });
      } else if (site.nav && !site.nav.has(key)) {
        findings.push({
          key: at,
          message: `${entry.path || '(home)'} left the nav of ${site.label}`,
        });
        reached.add(key);
      } else reached.add(key);
    }
    // In the nav's order, as a reader of the site meets the pages.
    for (const key of site.nav ?? site.pages.keys()) {
      const page = site.pages.get(key);
      if (!page || reached.has(key)) continue;
      const name = page.src ?? page.path;
      if (ignore.some(glob => matchesGlob(name, glob))) continue;
      findings.push({
        key: `${site.entityRef} ${page.path || '(home)'}`,
        message: 'no entry reaches this page',
        file: relative(cwd, page.file),
      });
    }
  }
  return findings;
}
