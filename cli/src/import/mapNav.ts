import { IdPool, stableId } from './generatedIds';
import { isIndexFile } from './mkdocsFiles';
import { NavItem } from './navTree';

/** An entry as the importer writes it into `personaDocs`. */
export interface GeneratedEntry {
  id: string;
  title: string;
  description?: string;
  personas?: string[];
  docs?: string;
  path?: string;
  url?: string;
  children?: GeneratedEntry[];
}

/** A section as the importer writes it into `personaDocs.sections`. */
export interface GeneratedSection {
  id: string;
  title: string;
  entries: GeneratedEntry[];
}

/** What the importer knows of a page from its file. */
export interface PageInfo {
  /** Front matter title, else first heading, else from the file name. */
  title: string;
  description?: string;
  /** From front matter, else the rules; undefined when neither says. */
  personas?: string[];
  /** From the rules. */
  section?: string;
}

export interface MapOptions {
  nav: readonly NavItem[];
  pages: ReadonlyMap<string, PageInfo>;
  /** The page's path in the site: `admin/install/`; '' for the home page. */
  pageUrl: (src: string) => string;
  entityRef: string;
  /** Starts every generated id: the site's name. */
  idPrefix: string;
  /** The section everything goes to unless `splitTopLevel` or a rule says otherwise. */
  siteTitle: string;
  /** Each top-level nav section becomes a section of its own. */
  splitTopLevel: boolean;
  /** Persona ids in config order; a set holding all of them is everyone. */
  personaOrder: readonly string[];
  /** Section and entry ids already used elsewhere in the config. */
  reservedIds?: { sections: Iterable<string>; entries: Iterable<string> };
}

/**
 * A nav item with what mapping needs: the section each of its leaves goes
 * to, and the personas of its subtree (undefined: no page below says).
 */
interface Node {
  item: NavItem;
  /** Sections the subtree has leaves in. */
  sections: Set<string>;
  /** For a leaf, its section. */
  section?: string;
  /** A nav section's own page, and that page's section. */
  page?: string;
  pageSection?: string;
  personas?: Set<string>;
  children: Node[];
  /** Nav titles from the top, for the ids of sections without a page. */
  trail: string[];
}

function union(sets: (Set<string> | undefined)[]): Set<string> | undefined {
  const defined = sets.filter((set): set is Set<string> => set !== undefined);
  if (defined.length === 0) return undefined;
  return new Set(defined.flatMap(set => [...set]));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every(id => b.has(id));
}

/** The id part of a page: its source path without extension and index. */
function pageKey(src: string): string {
  const key = src.replace(/\.[^./]+$/, '').replace(/(^|\/)(index|README)$/, '');
  return key || 'home';
}

/**
 * Maps a site's nav into sections and entries: a group for each nav
 * section (opening the section's index page, when it has one), a `docs`
 * entry for each page and a `url` entry for each external link.
 *
 * Personas are inherited so the output stays small: a page without
 * personas of its own is for its group's personas; a group is for the
 * personas of the pages below it together; an entry carries `personas`
 * only where they differ from its parent's. A section's index page whose
 * personas differ from its group's becomes the group's first child rather
 * than the page the group opens.
 */
export function mapNav(options: MapOptions): GeneratedSection[] {
  const sectionIds = new IdPool(options.reservedIds?.sections);
  const entryIds = new IdPool(options.reservedIds?.entries);
  const everyone = new Set(options.personaOrder);
  const info = (src: string) => options.pages.get(src);
  const order: string[] = [options.siteTitle];
  const noteSection = (title: string) => {
    if (!order.includes(title)) order.push(title);
  };

  const build = (item: NavItem, structural: string, trail: string[]): Node => {
    if (item.kind === 'link') {
      return {
        item,
        sections: new Set([structural]),
        section: structural,
        children: [],
        trail,
      };
    }
    if (item.kind === 'page') {
      const section = info(item.src)?.section ?? structural;
      noteSection(section);
      const personas = info(item.src)?.personas;
      return {
        item,
        sections: new Set([section]),
        section,
        ...(personas && { personas: new Set(personas) }),
        children: [],
        trail,
      };
    }
    const own = [...trail, item.title];
    let page = item.page;
    let items = item.children;
    const first = items[0];
    if (!page && first?.kind === 'page' && isIndexFile(first.src)) {
      // An index page leading a section is the page the section opens
      // (Material for MkDocs' navigation.indexes).
      page = first.src;
      items = items.slice(1);
    }
    const node: Node = { item, sections: new Set(), children: [], trail: own };
    if (page) {
      node.page = page;
      node.pageSection = info(page)?.section ?? structural;
      noteSection(node.pageSection);
      node.sections.add(node.pageSection);
    }
    node.children = items.map(child => build(child, structural, own));
    for (const child of node.children) {
      for (const section of child.sections) node.sections.add(section);
    }
    const pagePersonas = page ? info(page)?.personas : undefined;
    const personas = union([
      pagePersonas && new Set(pagePersonas),
      ...node.children.map(child => child.personas),
    ]);
    if (personas) node.personas = personas;
    return node;
  };

  const roots = options.nav.map(item => {
    const structural =
      options.splitTopLevel && item.kind === 'section'
        ? item.title
        : options.siteTitle;
    noteSection(structural);
    return { structural, node: build(item, structural, []) };
  });

  const personasField = (set: Set<string> | undefined, parent: Set<string>) =>
    set && !sameSet(set, parent)
      ? options.personaOrder.filter(id => set.has(id))
      : undefined;

  const pageEntry = (
    src: string,
    title: string | undefined,
    parent: Set<string>,
  ): GeneratedEntry => {
    const page = info(src);
    const entry: GeneratedEntry = {
      id: entryIds.claim(stableId([options.idPrefix, pageKey(src)])),
      title: title ?? page?.title ?? src,
    };
    if (page?.description) entry.description = page.description;
    const personas = personasField(
      page?.personas && new Set(page.personas),
      parent,
    );
    if (personas) entry.personas = personas;
    entry.docs = options.entityRef;
    const path = options.pageUrl(src);
    if (path) entry.path = path;
    return entry;
  };

  /** A nav section's own page and children, as entries in `section`. */
  function body(node: Node, section: string, own: Set<string>) {
    const entries: GeneratedEntry[] = [];
    let target: GeneratedEntry | undefined;
    if (node.page && node.pageSection === section) {
      const pagePersonas = info(node.page)?.personas;
      const fits = !pagePersonas || sameSet(new Set(pagePersonas), own);
      const entry = pageEntry(node.page, undefined, own);
      if (fits) target = entry;
      else entries.push(entry);
    }
    for (const child of node.children)
      entries.push(...emit(child, section, own));
    return { target, entries };
  }

  /** The entries `node` gives in `section`, below readers `parent`. */
  function emit(
    node: Node,
    section: string,
    parent: Set<string>,
  ): GeneratedEntry[] {
    if (!node.sections.has(section)) return [];
    const { item } = node;
    if (item.kind === 'link') {
      const title = item.title ?? item.url;
      const id = entryIds.claim(
        stableId([options.idPrefix, 'link', ...node.trail, title]),
      );
      return [{ id, title, url: item.url }];
    }
    if (item.kind === 'page') return [pageEntry(item.src, item.title, parent)];
    const own = node.personas ?? parent;
    const { target, entries } = body(node, section, own);
    if (!target && entries.length === 0) return [];
    const entry: GeneratedEntry = {
      id:
        target?.id ??
        entryIds.claim(stableId([options.idPrefix, 'nav', ...node.trail])),
      title: item.title,
    };
    const description = item.description ?? target?.description;
    if (description) entry.description = description;
    const personas = personasField(node.personas, parent);
    if (personas) entry.personas = personas;
    if (target?.docs) entry.docs = target.docs;
    if (target?.path) entry.path = target.path;
    if (entries.length > 0) entry.children = entries;
    return [entry];
  }

  const sections: GeneratedSection[] = [];
  for (const title of order) {
    const entries: GeneratedEntry[] = [];
    for (const { structural, node } of roots) {
      if (
        options.splitTopLevel &&
        node.item.kind === 'section' &&
        structural === title
      ) {
        // This nav section is the section itself.
        const own = body(node, title, everyone);
        if (own.target) entries.push(own.target);
        entries.push(...own.entries);
      } else {
        entries.push(...emit(node, title, everyone));
      }
    }
    if (entries.length > 0) {
      sections.push({
        id: sectionIds.claim(stableId([title])),
        title,
        entries,
      });
    }
  }
  return sections;
}
