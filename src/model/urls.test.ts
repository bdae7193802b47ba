import { PATH_CASES, URL_CASES } from '../__testUtils__/unsafeUrlCases';
import { checkUrl, normaliseDocsPath } from './urls';

const resolve = (href: string) => new URL(href, 'http://portal.test').href;

describe('checkUrl', () => {
  it.each(URL_CASES.filter(([, outcome]) => outcome === 'rejected'))(
    'refuses %j',
    url => {
      expect(checkUrl(url).ok).toBe(false);
    },
  );

  it.each(URL_CASES.filter(([, outcome]) => outcome === 'same-origin'))(
    'keeps %j as a path in the app',
    url => {
      expect(checkUrl(url)).toMatchObject({ ok: true, external: false });
    },
  );

  it.each(
    URL_CASES.flatMap(([url, outcome]) =>
      typeof outcome === 'object' ? [[url, outcome.href]] : [],
    ),
  )('accepts %j as %j', (url, href) => {
    const checked = checkUrl(url) as { ok: true; url: string };
    expect(checked.ok).toBe(true);
    expect(resolve(checked.url)).toBe(resolve(href));
  });

  it('tells spaces and control characters apart from unsupported schemes', () => {
    expect(checkUrl(' https://backstage.io')).toEqual({
      ok: false,
      reason: 'spaces',
    });
    expect(checkUrl('ftp://backstage.io')).toEqual({
      ok: false,
      reason: 'scheme',
    });
  });
});

describe('normaliseDocsPath', () => {
  it.each(PATH_CASES.filter(([, outcome]) => outcome === 'rejected'))(
    'refuses %j',
    path => {
      expect(normaliseDocsPath(path)).toBeUndefined();
    },
  );

  it.each(PATH_CASES.filter(([, outcome]) => outcome === 'inside'))(
    'keeps %j inside the site',
    path => {
      const resolved = new URL(
        `/docs/default/component/site/${normaliseDocsPath(path)}`,
        'http://portal.test',
      );
      expect(resolved.pathname).toMatch(/^\/docs\/default\/component\/site\//);
    },
  );

  it.each([
    ['admin/installing/', 'admin/installing/'],
    ['/admin//installing', 'admin/installing'],
    ['admin/installing#database', 'admin/installing#database'],
  ])('normalises %j to %j', (path, normalised) => {
    expect(normaliseDocsPath(path)).toBe(normalised);
  });
});
