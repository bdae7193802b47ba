// URL rules of an MkDocs site built with `use_directory_urls` (the TechDocs
// default): `docs/a/b.md` is served as `a/b/index.html` and linked as `a/b/`,
// and `docs/a/index.md` as `a/`.

/**
 * The directory URL of a page, relative to the site root: `''` for the home
 * page, otherwise ending with a slash.
 *
 * @public
 */
export function pageUrlOf(file: string): string {
  const withoutExtension = file.replace(/\.md$/, '');
  if (withoutExtension === 'index') {
    return '';
  }
  return `${withoutExtension.replace(/\/index$/, '')}/`;
}

/**
 * The page URL that the TechDocs reader asks for, in the same form as
 * {@link pageUrlOf}. The reader passes the part of the browser path after the
 * entity triplet, so it may lack the trailing slash or end with `index.html`.
 *
 * @public
 */
export function normalizeDocsPath(path: string): string {
  const trimmed = path
    .replace(/^\/+/, '')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : '';
}

/**
 * A URL for `target` that is relative to the directory URL `fromDir`, both
 * given relative to the site root, as MkDocs writes links between pages.
 *
 * @public
 */
export function relativeUrl(fromDir: string, target: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = target.split('/');
  let common = 0;
  while (
    common < from.length &&
    common < to.length - 1 &&
    from[common] === to[common]
  ) {
    common++;
  }
  const up = '../'.repeat(from.length - common);
  const down = to.slice(common).join('/');
  return up + down || './';
}

/**
 * Resolves a link written in a Markdown page, such as
 * `../user-guides/logging-in.md#signing-in`, to the file it points at inside
 * docs/, or `undefined` for links that are not to another Markdown page.
 *
 * @public
 */
export function resolveMarkdownLink(
  fromFile: string,
  href: string,
): { file: string; hash: string } | undefined {
  const match = /^([^#?]*\.md)(#.*)?$/.exec(href);
  if (!match || /^[a-z][a-z0-9+.-]*:|^\//i.test(href)) {
    return undefined;
  }
  const segments = fromFile.split('/').slice(0, -1);
  for (const segment of match[1].split('/')) {
    if (segment === '..') {
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  return { file: segments.join('/'), hash: match[2] ?? '' };
}
