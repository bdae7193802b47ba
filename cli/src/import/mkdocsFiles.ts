import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file extensions MkDocs builds as pages (mkdocs/utils/__init__.py). */
const MARKDOWN_EXTENSIONS = ['.markdown', '.mdown', '.mkdn', '.mkd', '.md'];

/** A docs tree larger than this is surely a mistake (or a symlink loop). */
export const MAX_DOCS_FILES = 100_000;

/** Whether MkDocs builds a file as a page. */
export function isMarkdownFile(path: string): boolean {
  return MARKDOWN_EXTENSIONS.some(extension => path.endsWith(extension));
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** `index.md` and `README.md` build as their folder's index page. */
export function isIndexFile(src: string): boolean {
  const name = stem(src.slice(src.lastIndexOf('/') + 1));
  return name === 'index' || name === 'README';
}

/**
 * The pages of a docs_dir in the order MkDocs lists them (its `get_files`):
 * folder by folder, top down, each folder's own pages first with `index` and
 * `README` leading, then its subfolders by name. Hidden files and folders and
 * a top-level `templates` folder are skipped, and a `README.md` beside an
 * `index.md`. Paths are relative to docs_dir, with `/`.
 */
export function listDocsPages(docsDir: string): string[] {
  const pages: string[] = [];
  const above = new Set<string>();
  const walk = (dir: string, relative: string) => {
    // MkDocs follows symlinks; a link back up the tree must not loop.
    const real = realpathSync(dir);
    if (above.has(real)) return;
    above.add(real);
    const files: string[] = [];
    const dirs: string[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = statSync(join(dir, entry.name)).isDirectory();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (!(relative === '' && entry.name === 'templates')) {
          dirs.push(entry.name);
        }
      } else files.push(entry.name);
    }
    const hasIndex = files.includes('index.md');
    for (const name of sortFiles(files)) {
      if (!isMarkdownFile(name)) continue;
      if (name === 'README.md' && hasIndex) continue;
      if (pages.length >= MAX_DOCS_FILES) {
        throw new Error(`more than ${MAX_DOCS_FILES} pages under ${docsDir}`);
      }
      pages.push(relative ? `${relative}/${name}` : name);
    }
    for (const name of dirs.sort(compareCodePoints)) {
      walk(join(dir, name), relative ? `${relative}/${name}` : name);
    }
    above.delete(real);
  };
  walk(docsDir, '');
  return pages;
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** MkDocs' `_sort_files`: index and README first, the rest by name. */
function sortFiles(names: string[]): string[] {
  const first = (name: string) =>
    stem(name) === 'index' || stem(name) === 'README' ? 0 : 1;
  return [...names].sort(
    (a, b) => first(a) - first(b) || (first(a) ? compareCodePoints(a, b) : 0),
  );
}

/** Python's `urllib.parse.quote`, which MkDocs applies to page URLs. */
function quoteSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The URL of a page inside its site, as MkDocs builds it and as TechDocs
 * paths name it: `admin/install.md` is `admin/install/` with directory URLs
 * (the default) and `admin/install.html` without; `admin/index.md` is
 * `admin/` (or `admin/index.html`); the home page is the empty path.
 */
export function pageUrl(src: string, useDirectoryUrls: boolean): string {
  const slash = src.lastIndexOf('/');
  const parent = slash >= 0 ? src.slice(0, slash) : '';
  const name = stem(src.slice(slash + 1));
  const index = name === 'index' || name === 'README';
  let url: string;
  if (index) url = useDirectoryUrls ? `${parent}/` : `${parent}/index.html`;
  else url = useDirectoryUrls ? `${parent}/${name}/` : `${parent}/${name}.html`;
  url = url.replace(/^\//, '');
  return url.split('/').map(quoteSegment).join('/');
}

/** MkDocs' `dirname_to_title`, also its title for a page without one. */
export function nameToTitle(name: string): string {
  const title = name.replace(/[-_]/g, ' ');
  return title.toLowerCase() === title
    ? title.charAt(0).toUpperCase() + title.slice(1)
    : title;
}

/** The title MkDocs gives a page with neither front-matter title nor heading. */
export function fileTitle(src: string): string {
  if (src === 'index.md' || src === 'README.md') return 'Home';
  return nameToTitle(
    isIndexFile(src) ? 'index' : stem(src.slice(src.lastIndexOf('/') + 1)),
  );
}
