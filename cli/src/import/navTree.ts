/**
 * A site's navigation, read from an MkDocs nav or a Docusaurus sidebar, in
 * one shape the importer maps into entries.
 */
export type NavItem = NavPage | NavLink | NavSection;

/** A page of the site, by its source file under docs_dir. */
export interface NavPage {
  kind: 'page';
  /** The source file, relative to docs_dir with `/`: `admin/install.md`. */
  src: string;
  /** The title the nav gives it, else the page's own. */
  title?: string;
}

/** A link that leaves the site. */
export interface NavLink {
  kind: 'link';
  title?: string;
  url: string;
}

/** A group of items; may itself be a page (its index or linked doc). */
export interface NavSection {
  kind: 'section';
  title: string;
  description?: string;
  /** The page the section opens (a Docusaurus category's `link`). */
  page?: string;
  children: NavItem[];
}

/** Messages about what an import could not use, for the person running it. */
export class ImportNotes {
  private readonly notes: string[] = [];

  add(message: string): void {
    // A broken nav can repeat one mistake hundreds of times.
    if (this.notes.length < 200 && !this.notes.includes(message)) {
      this.notes.push(message);
    }
  }

  list(): readonly string[] {
    return this.notes;
  }
}

/** Every page a nav names, in nav order, each once. */
export function navPages(items: readonly NavItem[]): string[] {
  const pages = new Set<string>();
  const visit = (list: readonly NavItem[]) => {
    for (const item of list) {
      if (item.kind === 'page') pages.add(item.src);
      else if (item.kind === 'section') {
        if (item.page) pages.add(item.page);
        visit(item.children);
      }
    }
  };
  visit(items);
  return [...pages];
}
