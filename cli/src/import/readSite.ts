import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readDocusaurusDocs } from './docusaurusDocs';
import { readDocusaurusSidebars } from './docusaurusSidebar';
import { metaText, readPageMeta } from './frontMatter';
import { loadSidebars } from './loadSidebars';
import { PageInfo } from './mapNav';
import { MkDocsProject, readMkDocsProject } from './mkdocsConfig';
import { fileTitle, listDocsPages, pageUrl } from './mkdocsFiles';
import { navFromFiles, readMkDocsNav } from './mkdocsNav';
import { ImportNotes, NavItem, navPages } from './navTree';
import { applyRules, ImportRules, PersonaWords } from './personaRules';

/** Where a site's structure comes from. */
export interface SiteSource {
  /** An mkdocs.yml, or the folder holding it. */
  mkdocs?: string;
  /** A Docusaurus sidebars.js / sidebars.ts, for the nav. */
  docusaurus?: string;
  /** The docs folder, when no mkdocs.yml says (default: docs/ beside the sidebars). */
  docsDir?: string;
  /** One sidebar of several. */
  sidebar?: string;
}

/** A site as the importer sees it: pages, nav and how pages are addressed. */
export interface Site {
  /** Where its sources are; the folder `catalog-info.yaml` is looked for in. */
  dir: string;
  title?: string;
  docsDir: string;
  /** Every page MkDocs builds, in MkDocs' order. */
  pages: string[];
  nav: NavItem[];
  /** Whether the nav is written down (else it is the file tree). */
  hasNav: boolean;
  pageUrl: (src: string) => string;
}

/** Reads a site's pages and nav from an mkdocs.yml and/or a sidebars file. */
export async function readSite(
  source: SiteSource,
  notes: ImportNotes,
): Promise<Site> {
  if (!source.mkdocs && !source.docusaurus) {
    throw new Error(
      'name the site: --mkdocs <mkdocs.yml> or --docusaurus <sidebars.js>',
    );
  }
  const project: MkDocsProject | undefined = source.mkdocs
    ? readMkDocsProject(source.mkdocs)
    : undefined;
  const sidebars = source.docusaurus && resolve(source.docusaurus);
  const docsDir = resolve(
    source.docsDir ?? project?.docsDir ?? join(dirname(sidebars!), 'docs'),
  );
  if (!existsSync(docsDir)) throw new Error(`no docs folder ${docsDir}`);
  const pages = listDocsPages(docsDir);
  const useDirectoryUrls = project?.useDirectoryUrls ?? true;
  let nav: NavItem[];
  let hasNav = true;
  if (sidebars) {
    const docs = readDocusaurusDocs(docsDir);
    const data = await loadSidebars(sidebars, [docsDir]);
    nav = readDocusaurusSidebars(
      data,
      { byId: docs.byId, root: docs.root, notes },
      source.sidebar,
    );
  } else if (project?.nav !== undefined) {
    nav = readMkDocsNav(project.nav, new Set(pages), notes);
  } else {
    nav = navFromFiles(pages);
    hasNav = false;
  }
  return {
    dir: project ? dirname(project.configFile) : dirname(sidebars!),
    ...(project?.siteName && { title: project.siteName }),
    docsDir,
    pages,
    nav,
    hasNav,
    pageUrl: src => pageUrl(src, useDirectoryUrls),
  };
}

/**
 * What each page of the nav says about itself: title, description and
 * personas from front matter, personas and section from the rules where
 * front matter has none.
 */
export function readPageInfo(
  site: Site,
  rules: ImportRules,
  words: PersonaWords,
  notes: ImportNotes,
): Map<string, PageInfo> {
  const info = new Map<string, PageInfo>();
  for (const src of navPages(site.nav)) {
    let text = '';
    try {
      text = readFileSync(join(site.docsDir, src), 'utf8');
    } catch {
      notes.add(
        `${src} could not be read; its entry has no description or personas`,
      );
    }
    const meta = readPageMeta(text);
    const page: PageInfo = {
      title: metaText(meta.data.title) ?? meta.heading ?? fileTitle(src),
    };
    const description = metaText(meta.data.description);
    if (description) page.description = description;
    const ruled = applyRules(src, rules.rules);
    const personas =
      words.fromFrontMatter(meta.data, src, notes) ??
      (ruled.personas && ruledPersonas(ruled.personas, words, src, notes));
    if (personas) page.personas = personas;
    if (ruled.section) page.section = ruled.section;
    info.set(src, page);
  }
  return info;
}

function ruledPersonas(
  words: readonly string[],
  persona: PersonaWords,
  src: string,
  notes: ImportNotes,
): string[] | undefined {
  const ids: string[] = [];
  for (const word of words) {
    const id = persona.id(word);
    if (id) ids.push(id);
    else
      notes.add(
        `rules give ${src} the persona ${word}, which is no known persona; ignored`,
      );
  }
  return ids.length > 0 ? persona.sorted(ids) : undefined;
}
