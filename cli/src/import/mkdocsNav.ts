import { isMarkdownFile, nameToTitle } from './mkdocsFiles';
import { ImportNotes, NavItem, NavSection } from './navTree';

/** Sections nested deeper are surely a mistake (or a YAML alias loop). */
const MAX_NAV_DEPTH = 32;

function normalise(path: string): string {
  // MkDocs looks pages up by `PurePath(path).as_posix()`.
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter(part => part !== '' && part !== '.')
    .join('/');
}

/**
 * Reads an MkDocs `nav` the way MkDocs does (`_data_to_navigation`): a
 * string is a page when docs_dir has that file and a link otherwise,
 * `Title: target` names it, `Title: [ ... ]` is a section. Pages the nav
 * names but docs_dir lacks, and links that do not leave the site, are
 * noted and skipped, as the plugin could not open them.
 */
export function readMkDocsNav(
  nav: unknown,
  pages: ReadonlySet<string>,
  notes: ImportNotes,
): NavItem[] {
  const target = (title: string | undefined, value: string): NavItem[] => {
    const path = normalise(value);
    if (pages.has(path)) {
      return [
        { kind: 'page', src: path, ...(title !== undefined && { title }) },
      ];
    }
    if (/^(https?:|mailto:)/i.test(value.trim())) {
      return [
        {
          kind: 'link',
          url: value.trim(),
          ...(title !== undefined && { title }),
        },
      ];
    }
    if (isMarkdownFile(path)) {
      notes.add(`nav names ${value}, which is not in docs_dir; skipped`);
    } else {
      notes.add(
        `nav links to ${value}, which is neither a page nor an http(s) or mailto URL; skipped`,
      );
    }
    return [];
  };

  const items = (data: unknown, depth: number): NavItem[] => {
    if (depth > MAX_NAV_DEPTH) {
      notes.add(
        `nav nested deeper than ${MAX_NAV_DEPTH} levels; the rest skipped`,
      );
      return [];
    }
    if (typeof data === 'string') return target(undefined, data);
    if (Array.isArray(data)) return data.flatMap(item => items(item, depth));
    if (typeof data === 'object' && data !== null) {
      return Object.entries(data).flatMap(([title, value]): NavItem[] => {
        if (typeof value === 'string') return target(String(title), value);
        if (value === null || value === undefined) {
          notes.add(`nav section ${title} has no items; skipped`);
          return [];
        }
        const section: NavSection = {
          kind: 'section',
          title: String(title),
          children: items(value, depth + 1),
        };
        return [section];
      });
    }
    notes.add(
      `nav item ${JSON.stringify(
        data,
      )} is not a page, link or section; skipped`,
    );
    return [];
  };
  return items(nav, 0);
}

/**
 * The nav MkDocs builds for a project without one (`nest_paths`): each
 * folder a section titled after its name, holding its pages in file order.
 */
export function navFromFiles(pages: readonly string[]): NavItem[] {
  const root: NavItem[] = [];
  for (const src of pages) {
    const folders = src.split('/').slice(0, -1);
    let branch = root;
    for (const folder of folders) {
      const title = nameToTitle(folder);
      let section = branch.find(
        (item): item is NavSection =>
          item.kind === 'section' && item.title === title,
      );
      if (!section) {
        section = { kind: 'section', title, children: [] };
        branch.push(section);
      }
      branch = section.children;
    }
    branch.push({ kind: 'page', src });
  }
  return root;
}
