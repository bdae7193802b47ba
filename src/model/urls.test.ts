import { PATH_CASES, URL_CASES } from '../__testUtils__/unsafeUrlCases';
import { checkUrl, normaliseDocsPath } from './urls';

describe('checkUrl', () => {
  it.each(URL_CASES)('decides on %j', (url, outcome) => {
    const checked = checkUrl(url);
    if (outcome === 'rejected') {
      expect(checked.ok).toBe(false);
    } else if (outcome === 'same-origin') {
      expect(checked).toMatchObject({ ok: true, external: false });
    } else {
      expect(checked).toMatchObject({ ok: true });
      // The normalised URL is what the page renders, before routing.
      expect(
        new URL((checked as { url: string }).url, 'http://portal.test').href,
      ).toBe(new URL(outcome.href, 'http://portal.test').href);
    }
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
  it.each(PATH_CASES)('decides on %j', (path, outcome) => {
    const normalised = normaliseDocsPath(path);
    if (outcome === 'rejected') {
      expect(normalised).toBeUndefined();
    } else {
      expect(normalised).toBeDefined();
      const resolved = new URL(
        `/docs/default/component/site/${normalised}`,
        'http://portal.test',
      );
      expect(resolved.pathname.startsWith('/docs/default/component/site')).toBe(
        true,
      );
    }
  });

  it.each([
    ['admin/installing/', 'admin/installing/'],
    ['/admin//installing', 'admin/installing'],
    ['admin/installing#database', 'admin/installing#database'],
  ])('normalises %j to %j', (path, normalised) => {
    expect(normaliseDocsPath(path)).toBe(normalised);
  });
});
