/**
 * Result of checking a configured URL.
 */
export type UrlCheck =
  | { ok: true; url: string; external: boolean }
  | { ok: false; reason: 'spaces' | 'scheme' };

/**
 * Whitespace, control and invisible formatting characters. Browsers strip
 * some of these (tab, newline) from URLs before reading the scheme, which is
 * how `java\tscript:` sneaks past naive checks; rejecting them outright
 * leaves nothing to strip.
 */
const SPACES_OR_CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Decides whether a configured `url` is safe to render as a link: an http,
 * https or mailto URL, or an in-app path starting with a single `/`.
 * Everything else (`javascript:`, `data:`, `vbscript:`, protocol-relative
 * `//host`, backslash tricks, relative paths) is rejected rather than
 * repaired, because a repaired URL is not what the administrator wrote.
 */
export function checkUrl(value: string): UrlCheck {
  if (SPACES_OR_CONTROLS.test(value)) {
    return { ok: false, reason: 'spaces' };
  }
  // Browsers treat backslashes like slashes, so `/\evil.example` would leave
  // the app.
  if (value.includes('\\')) {
    return { ok: false, reason: 'scheme' };
  }
  if (value.startsWith('/')) {
    if (value.startsWith('//')) {
      return { ok: false, reason: 'scheme' };
    }
    return { ok: true, url: value, external: false };
  }
  const scheme = SCHEME.exec(value)?.[1].toLowerCase();
  if (!scheme || !ALLOWED_SCHEMES.has(scheme)) {
    return { ok: false, reason: 'scheme' };
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, reason: 'scheme' };
  }
  if (scheme !== 'mailto' && !parsed.hostname) {
    return { ok: false, reason: 'scheme' };
  }
  return { ok: true, url: parsed.href, external: true };
}

/**
 * Characters allowed in a page path inside a TechDocs site: the URL path
 * characters of RFC 3986 except `:` and `\`, which could make the path look
 * like a scheme or an escape from the site.
 */
const DOCS_PATH =
  /^[A-Za-z0-9\-._~!$&'()*+,;=@%/]*(#[A-Za-z0-9\-._~!$&'()*+,;=@%/?:]*)?$/;

/** `.` and `..`, also percent-encoded (WHATWG URL "single/double-dot segments"). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * A path that is already normal: segments of letters, digits, dots (not
 * alone or doubled), dashes and underscores, an optional trailing slash and
 * anchor.
 */
const PLAIN_DOCS_PATH =
  /^(?:[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\/)*[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\/?(?:#[A-Za-z0-9_-]+)?$/;

/** How often a path is decoded to find what it hides; more is refused. */
const MAX_DECODES = 3;

/**
 * Whether a path still stays inside its site once percent-decoded, as the
 * reader decodes it before it asks for the page: no `..` or `.` segment, no
 * backslash and no scheme may appear, however often it was encoded
 * (`%2e%2e%2f`, `%252e%252e`, `..%5c`).
 */
function staysInSite(path: string): boolean {
  let current = path;
  for (let i = 0; i < MAX_DECODES; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return false;
    }
    if (
      decoded.includes('\\') ||
      /^[a-z][a-z0-9+.-]*:/i.test(decoded) ||
      decoded.split('/').some(s => s === '.' || s === '..')
    ) {
      return false;
    }
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

/**
 * Normalises a page path inside a TechDocs site (`admin/installing#database`).
 * Returns undefined when the path is unusable: a scheme, `..` segments that
 * would climb out of the site, a query or a protocol-relative start.
 */
export function normaliseDocsPath(value: string): string | undefined {
  // Most paths are already plain (`admin/installing/#database`); they need
  // no splitting, which matters for configs with many thousand entries.
  if (PLAIN_DOCS_PATH.test(value)) return value;
  if (SPACES_OR_CONTROLS.test(value) || !DOCS_PATH.test(value)) {
    return undefined;
  }
  const hashIndex = value.indexOf('#');
  const pathPart = hashIndex === -1 ? value : value.slice(0, hashIndex);
  const anchor = hashIndex === -1 ? '' : value.slice(hashIndex);
  const segments = pathPart.split('/');
  // Browsers read `%2e` in a segment as a dot, so `%2e%2e` climbs out of the
  // site just like `..`.
  if (segments.some(s => DOT_SEGMENT.test(s)) || !staysInSite(pathPart)) {
    return undefined;
  }
  const path = segments.filter(Boolean).join('/');
  const trailingSlash = pathPart.endsWith('/') && path ? '/' : '';
  const normalised = `${path}${trailingSlash}${anchor}`;
  return normalised === '' || normalised === '#' ? undefined : normalised;
}
