/* eslint-disable no-script-url */
// Script URLs on purpose: the cases prove they never become links.

/*
 * What administrators might write as an entry's `url` or docs `path`, and
 * what must become of it. Shared by the URL checker's own tests and the
 * page's, which check the rendered DOM.
 */

/** Refused with a problem; or rendered with exactly this href. */
export type Outcome = 'rejected' | { href: string } | 'same-origin';

export const URL_CASES: Array<[string, Outcome]> = [
  // Scheme spellings
  ['javascript:alert(1)', 'rejected'],
  ['JAVASCRIPT:alert(1)', 'rejected'],
  ['JaVaScRiPt:alert(1)', 'rejected'],
  ['javascript://%0aalert(1)', 'rejected'],
  // Whitespace around and inside the scheme, which browsers strip
  [' javascript:alert(1)', 'rejected'],
  ['javascript:alert(1) ', 'rejected'],
  ['\tjavascript:alert(1)', 'rejected'],
  ['\njavascript:alert(1)', 'rejected'],
  ['java\tscript:alert(1)', 'rejected'],
  ['java\nscript:alert(1)', 'rejected'],
  ['java\rscript:alert(1)', 'rejected'],
  ['javascript\t:alert(1)', 'rejected'],
  ['\u0000javascript:alert(1)', 'rejected'],
  ['\u0001javascript:alert(1)', 'rejected'],
  ['\u001fjavascript:alert(1)', 'rejected'],
  // Zero-width and other unicode spaces
  ['\u200bjavascript:alert(1)', 'rejected'],
  ['java\u200bscript:alert(1)', 'rejected'],
  ['java\u200dscript:alert(1)', 'rejected'],
  ['\ufeffjavascript:alert(1)', 'rejected'],
  ['\u00a0javascript:alert(1)', 'rejected'],
  ['\u2028javascript:alert(1)', 'rejected'],
  ['\u3000javascript:alert(1)', 'rejected'],
  ['\u180ejavascript:alert(1)', 'rejected'],
  // HTML entities and percent-encoding, which an href attribute does not decode
  ['javascript&colon;alert(1)', 'rejected'],
  ['&#106;avascript:alert(1)', 'rejected'],
  ['&#x6A;avascript:alert(1)', 'rejected'],
  ['javascript&#58;alert(1)', 'rejected'],
  ['%6Aavascript:alert(1)', 'rejected'],
  ['javascript%3Aalert(1)', 'rejected'],
  ['%20javascript:alert(1)', 'rejected'],
  // Other dangerous schemes
  ['data:text/html,<script>alert(1)</script>', 'rejected'],
  ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'rejected'],
  ['vbscript:msgbox(1)', 'rejected'],
  ['VBScript:msgbox(1)', 'rejected'],
  ['file:///etc/passwd', 'rejected'],
  ['blob:https://example.com/0b3b', 'rejected'],
  ['http://javascript:alert(1)', 'rejected'],
  // Leaving the app: protocol-relative and backslash tricks
  ['//evil.example', 'rejected'],
  ['///evil.example', 'rejected'],
  ['/\\evil.example', 'rejected'],
  ['\\\\evil.example', 'rejected'],
  ['\\/evil.example', 'rejected'],
  ['/\t/evil.example', 'rejected'],
  ['https://evil.example\\@docs.example', 'rejected'],
  // Harmless after all: rendered, and normalised
  ['/javascript:alert(1)', { href: '/javascript:alert(1)' }],
  // React Router collapses the slashes: the href is `/evil.example`.
  ['/.//evil.example', 'same-origin'],
  ['mailto:javascript:alert(1)', { href: 'mailto:javascript:alert(1)' }],
  ['HTTPS://Docs.Example/Path', { href: 'https://docs.example/Path' }],
  ['https:docs.example', { href: 'https://docs.example/' }],
];

export const SITE_ROOT = '/docs/default/component/backstage-docs';

/** Docs page paths; accepted ones must stay inside the site. */
export const PATH_CASES: Array<[string, 'rejected' | 'inside']> = [
  ['javascript:alert(1)', 'rejected'],
  ['java\tscript:alert(1)', 'rejected'],
  ['/\\evil.example', 'rejected'],
  ['../../../settings', 'rejected'],
  ['a/../../settings', 'rejected'],
  ['%2e%2e/%2e%2e/%2e%2e/settings', 'rejected'],
  ['.%2e/.%2E/settings', 'rejected'],
  ['%2E%2e/x', 'rejected'],
  ['guide/%2e/x', 'rejected'],
  ['\u200b#x', 'rejected'],
  ['admin/install?x=javascript:alert(1)', 'rejected'],
  ['#javascript:alert(1)', 'inside'],
  ['//evil.example', 'inside'],
  // The reader decodes its path before it asks for the page, so what an
  // encoding hides counts as written.
  ['guide%2F..%2F..%2Fsettings', 'rejected'],
  ['%252e%252e/%252e%252e/settings', 'rejected'],
  ['..%5c..%5csettings', 'rejected'],
  ['..\\..\\settings', 'rejected'],
  ['guide\\..\\..\\settings', 'rejected'],
  ['%E0%A4%A', 'rejected'],
  ['guide/a%20page/#intro', 'inside'],
  ['admin/installing#database', 'inside'],
];
