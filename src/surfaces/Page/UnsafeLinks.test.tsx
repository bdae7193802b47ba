/* eslint-disable no-script-url */
// These tests feed script URLs on purpose, to prove they never reach the page.
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createFakeTechDocsApi,
  renderPersonaDocs,
} from '../../__testUtils__/renderPersonaDocs';
import {
  PATH_CASES,
  SITE_ROOT,
  URL_CASES,
} from '../../__testUtils__/unsafeUrlCases';
import { PageContent } from './PageContent';

/*
 * Whatever an administrator writes as a `url` or docs `path`, the page either
 * refuses it with a problem in the problems panel, or renders an href a
 * browser would open as http(s), mailto or a path in this app. The checks
 * look at the rendered DOM, and let the browser's own URL parser (WHATWG, as
 * in jsdom) decide what an href means.
 */

/**
 * Whether a browser would open this href as a web page, mail or in-app
 * path: anything else (script, data, files, other schemes) is unsafe, and a
 * relative href must stay on this origin.
 */
function isSafeHref(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(href)) return false;
  const resolved = new URL(href, window.location.href);
  if (resolved.protocol === 'mailto:') return /^mailto:/.test(href);
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')
    return false;
  // Absolute web links must say so; relative ones must stay here.
  if (/^https?:\/\/[^/\\]/.test(href)) return true;
  return href.startsWith('/') && resolved.origin === window.location.origin;
}

function linkTo(title: string) {
  return screen.queryByRole('link', {
    name: new RegExp(`^${title}( \\(opens in a new tab\\))?$`),
  });
}

/** Opens the problems panel and returns its lines. */
async function problemLines() {
  const summary = await screen.findByRole('button', {
    name: /problems? in the personaDocs configuration/,
  });
  if (summary.getAttribute('aria-expanded') !== 'true')
    await userEvent.click(summary);
  return within(document.getElementById('persona-docs-problems')!)
    .getAllByRole('listitem')
    .map(li => li.textContent ?? '');
}

/** Every href, src and inline handler in the document must be harmless. */
function expectNoScriptInDocument() {
  const unsafe: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name))
        unsafe.push(`${element.tagName} ${attribute.name}`);
    }
  }
  for (const a of Array.from(document.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href !== null && !isSafeHref(href))
      unsafe.push(`a href=${JSON.stringify(href)}`);
  }
  for (const element of Array.from(
    document.querySelectorAll('[src], [action], [formaction]'),
  )) {
    unsafe.push(element.outerHTML.slice(0, 100));
  }
  expect(
    document.querySelectorAll('script, iframe, object, embed, img, form'),
  ).toHaveLength(0);
  expect(unsafe).toEqual([]);
}

/** Clicks every link, as a reader would, and checks nothing opens a dangerous URL. */
async function clickEveryLink(openSpy: jest.SpyInstance) {
  // Stop navigation before React Router or the browser acts on the click.
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop, true);
  try {
    for (const a of Array.from(document.querySelectorAll('a'))) {
      fireEvent.click(a);
    }
  } finally {
    document.removeEventListener('click', stop, true);
  }
  for (const [openedUrl] of openSpy.mock.calls) {
    expect(isSafeHref(String(openedUrl))).toBe(true);
  }
}

describe('unsafe links', () => {
  let openSpy: jest.SpyInstance;
  beforeEach(() => {
    openSpy = jest.spyOn(window, 'open').mockImplementation(() => null);
  });
  afterEach(() => openSpy.mockRestore());

  it('checks hrefs the way a browser reads them', () => {
    // The helper is test code: make sure it tells the cases apart.
    expect(isSafeHref('/catalog')).toBe(true);
    expect(isSafeHref('https://docs.example/')).toBe(true);
    expect(isSafeHref('mailto:a@b.example')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('java\tscript:alert(1)')).toBe(false);
    expect(isSafeHref('//evil.example')).toBe(false);
    expect(isSafeHref('/\\evil.example')).toBe(false);
    expect(isSafeHref('data:text/html,x')).toBe(false);
    expect(isSafeHref('relative')).toBe(false);
  });

  it('refuses every dangerous url with a problem, and renders the rest safely', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: {
        sections: [
          {
            id: 'links',
            title: 'Links',
            entries: [
              ...URL_CASES.map(([url], i) => ({ title: `Case ${i}`, url })),
              { title: 'Good', url: '/good' },
            ],
          },
        ],
      },
      url: '/docs-by-persona?persona=all',
    });
    await screen.findByRole('tree', { name: 'Links docs' });
    expect(linkTo('Good')).toHaveAttribute('href', '/good');

    const lines = await problemLines();
    const outcomes = URL_CASES.map(([url, want], i) => {
      const problem = lines.find(line =>
        line.startsWith(`personaDocs.sections[0].entries[${i}].url: `),
      );
      const href = linkTo(`Case ${i}`)?.getAttribute('href') ?? undefined;
      let got: string;
      if (problem && href === undefined) got = 'rejected';
      else if (href !== undefined && !problem)
        got = isSafeHref(href) ? `href ${href}` : `UNSAFE ${href}`;
      else got = `problem ${problem} and href ${href}`;
      let expected: string;
      if (want === 'rejected') expected = 'rejected';
      else if (want === 'same-origin')
        expected = got.startsWith('href /') ? got : 'a same-origin href';
      else expected = `href ${want.href}`;
      return { url, got, expected };
    });
    expect(outcomes.filter(o => o.got !== o.expected)).toEqual([]);

    // The problem shows what was written, with invisible characters made visible.
    expect(lines).toContain(
      `personaDocs.sections[0].entries[8].url: URL "java\\tscript:alert(1)" contains spaces or control characters (write spaces as %20); url ignored`,
    );
    expectNoScriptInDocument();
    await clickEveryLink(openSpy);
  });

  it('keeps docs page paths inside their site', async () => {
    await renderPersonaDocs(<PageContent />, {
      personaDocs: {
        sections: [
          {
            id: 'pages',
            title: 'Pages',
            entries: [
              ...PATH_CASES.map(([path], i) => ({
                title: `Page ${i}`,
                docs: 'component:default/backstage-docs',
                path,
              })),
              { title: 'Script site', docs: 'javascript:alert(1)' },
              {
                title: 'Script site with a path',
                docs: 'component:default/x',
                path: 'javascript:alert(1)',
              },
            ],
          },
        ],
      },
      url: '/docs-by-persona?persona=all',
    });
    await screen.findByRole('tree', { name: 'Pages docs' });
    const lines = await problemLines();
    const outcomes = PATH_CASES.map(([path, want], i) => {
      const problem = lines.some(line =>
        line.startsWith(
          `personaDocs.sections[0].entries[${i}].path: invalid page path`,
        ),
      );
      const href = linkTo(`Page ${i}`)!.getAttribute('href')!;
      const resolved = new URL(href, window.location.href);
      const inside =
        isSafeHref(href) &&
        resolved.origin === window.location.origin &&
        (resolved.pathname === SITE_ROOT ||
          resolved.pathname.startsWith(`${SITE_ROOT}/`));
      let got: string;
      if (!inside) got = `OUTSIDE ${href} (opens ${resolved.pathname})`;
      else got = problem ? 'rejected' : 'inside';
      // A refused path still links to the site itself.
      if (problem && href !== SITE_ROOT) got = `rejected but links to ${href}`;
      return { path, got, expected: want };
    });
    expect(outcomes.filter(o => o.got !== o.expected)).toEqual([]);

    // The script site comes right after the path cases.
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^personaDocs\\.sections\\[0\\]\\.entries\\[${PATH_CASES.length}\\]\\.docs: invalid entity ref "javascript:alert\\(1\\)"`,
        ),
      ),
    );
    expect(linkTo('Script site')).not.toBeInTheDocument();
    expect(linkTo('Script site with a path')).toHaveAttribute(
      'href',
      '/docs/default/component/x',
    );
    expectNoScriptInDocument();
    await clickEveryLink(openSpy);
  });

  it('shows markup in config and TechDocs answers as text', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const techdocsApi = createFakeTechDocsApi();
    techdocsApi.getEntityMetadata.mockImplementation(async ref => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: ref.name,
        title: `TechDocs ${markup}`,
        description: markup,
        annotations: {
          // A site can send its readers to another entity's docs, or a path
          // inside them; neither may lead off the app.
          'backstage.io/techdocs-entity': 'javascript:alert(3)',
          'backstage.io/techdocs-entity-path': '//evil.example/\\x',
        },
      },
      locationMetadata: { type: 'url', target: markup },
    }));
    await renderPersonaDocs(<PageContent />, {
      techdocsApi,
      personaDocs: {
        title: markup,
        personas: [
          { id: 'user', title: `User ${markup}`, description: markup },
        ],
        sections: [
          {
            title: `Section ${markup}`,
            description: markup,
            entries: [
              { title: `Entry ${markup}`, description: markup, url: '/a' },
              { docs: 'component:default/backstage-docs' },
              { title: 'Broken', url: markup },
            ],
          },
        ],
      },
      url: '/docs-by-persona?persona=all',
    });
    expect(
      await screen.findByRole('link', { name: `Entry ${markup}` }),
    ).toHaveAttribute('href', '/a');
    const fromTechDocs = await screen.findByRole('link', {
      name: `TechDocs ${markup}`,
    });
    expect(isSafeHref(fromTechDocs.getAttribute('href')!)).toBe(true);
    expect(
      new URL(fromTechDocs.getAttribute('href')!, window.location.href).origin,
    ).toBe(window.location.origin);
    expect(screen.getByText(`Section ${markup}`)).toBeInTheDocument();
    expectNoScriptInDocument();
    // Filter highlights split the text into marks, still without markup.
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Filter docs' }),
      '<img',
    );
    expect(
      Array.from(document.querySelectorAll('mark')).map(m => m.textContent),
    ).toContain('<img');
    const lines = await problemLines();
    expect(lines).toContainEqual(
      expect.stringContaining(
        'entries[2].url: URL "<img src=x onerror=\\"alert(1)\\"><script>',
      ),
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Persona' }));
    expect(
      within(screen.getByRole('listbox')).getByText(`User ${markup}`),
    ).toBeInTheDocument();
    expectNoScriptInDocument();
    await userEvent.keyboard('{Escape}');
    await clickEveryLink(openSpy);
  });
});
