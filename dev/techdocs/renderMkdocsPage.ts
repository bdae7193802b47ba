import { Marked, Tokens } from 'marked';
import { FixtureNavItem, FixtureSite, navFiles } from './FixtureSite';
import { MKDOCS_MATERIAL_STYLESHEET_FILE } from './mkdocsMaterialStylesheet';
import { pageUrlOf, relativeUrl, resolveMarkdownLink } from './sitePaths';

type TocEntry = { id: string; title: string; depth: number };

/**
 * Builds one page of a fixture site into the HTML that mkdocs-material would
 * write for it, so the TechDocs reader can apply its usual transformers: the
 * primary navigation, the table of contents, the article with permalinked
 * headings and the previous/next footer, with links relative to the page's
 * directory URL.
 *
 * @public
 */
export function renderMkdocsPage(site: FixtureSite, file: string): string {
  const markdown = site.docs[file];
  if (markdown === undefined) {
    throw new Error(`No page ${file} in ${site.siteName}`);
  }
  const pageDir = pageUrlOf(file);
  const { html: article, toc } = renderMarkdown(markdown, file, pageDir);
  const title = toc.find(entry => entry.depth === 1)?.title ?? site.siteName;

  const order = navFiles(site.nav);
  const index = order.indexOf(file);
  const previous = index > 0 ? order[index - 1] : undefined;
  const next = index >= 0 ? order[index + 1] : undefined;

  return `<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${escapeHtml(site.siteDescription)}">
<title>${escapeHtml(title)} - ${escapeHtml(site.siteName)}</title>
<link rel="stylesheet" href="${relativeUrl(
    pageDir,
    MKDOCS_MATERIAL_STYLESHEET_FILE,
  )}">
</head>
<body dir="ltr">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<label class="md-overlay" for="__drawer"></label>
<header class="md-header" data-md-component="header">
<nav class="md-header__inner md-grid" aria-label="Header">
<label class="md-header__button md-icon" for="__drawer"></label>
<div class="md-header__title">${escapeHtml(site.siteName)}</div>
</nav>
</header>
<div class="md-container" data-md-component="container">
<main class="md-main" data-md-component="main">
<div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation">
<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0">
<label class="md-nav__title" for="__drawer">${escapeHtml(site.siteName)}</label>
${renderNavList(site.nav, { file, pageDir, counter: { next: 1 } })}
</nav>
</div></div>
</div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc">
<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
${renderToc(toc)}
</div></div>
</div>
<div class="md-content" data-md-component="content">
<article class="md-content__inner md-typeset">
${article}
</article>
</div>
</div>
</main>
<footer class="md-footer">
<nav class="md-footer__inner md-grid" aria-label="Footer">
${previous ? renderFooterLink(site, pageDir, previous, 'prev') : ''}
${next ? renderFooterLink(site, pageDir, next, 'next') : ''}
</nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">
<div class="md-copyright">Built from the dev app's TechDocs fixtures</div>
</div></div>
</footer>
</div>
</body>
</html>
`;
}

// Headings get Python-Markdown's ids (MkDocs' `toc` extension), so anchors
// such as `installing/#database` match what a real TechDocs build produces.
function renderMarkdown(markdown: string, file: string, pageDir: string) {
  const toc: TocEntry[] = [];
  const usedIds = new Set<string>();
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === 'link') {
        const target = resolveMarkdownLink(file, token.href);
        if (target) {
          token.href =
            relativeUrl(pageDir, pageUrlOf(target.file)) + target.hash;
        }
      }
    },
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const title = htmlToText(inner);
        const id = uniqueId(slugify(title), usedIds);
        toc.push({ id, title, depth });
        return `<h${depth} id="${id}">${inner}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, toc };
}

function renderNavList(
  items: FixtureNavItem[],
  context: { file: string; pageDir: string; counter: { next: number } },
): string {
  const rendered = items.map(item => {
    const position = context.counter.next++;
    if (item.type === 'page') {
      const active = item.file === context.file;
      const href = relativeUrl(context.pageDir, pageUrlOf(item.file));
      return `<li class="md-nav__item${active ? ' md-nav__item--active' : ''}">
<a href="${href}" class="md-nav__link${
        active ? ' md-nav__link--active' : ''
      }"><span class="md-ellipsis">${escapeHtml(item.title)}</span></a>
</li>`;
    }
    // Sections holding the current page start expanded, like material's
    // navigation for the active path.
    const active = navFiles(item.items).includes(context.file);
    const id = `__nav_${position}`;
    return `<li class="md-nav__item md-nav__item--nested${
      active ? ' md-nav__item--active' : ''
    }">
<input class="md-nav__toggle md-toggle" type="checkbox" id="${id}"${
      active ? ' checked' : ''
    }>
<label class="md-nav__link" for="${id}" id="${id}_label" tabindex="0"><span class="md-ellipsis">${escapeHtml(
      item.title,
    )}</span><span class="md-nav__icon md-icon"></span></label>
<nav class="md-nav" data-md-level="1" aria-labelledby="${id}_label" aria-expanded="${active}">
<label class="md-nav__title" for="${id}"><span class="md-nav__icon md-icon"></span>${escapeHtml(
      item.title,
    )}</label>
${renderNavList(item.items, context)}
</nav>
</li>`;
  });
  return `<ul class="md-nav__list" data-md-scrollfix>\n${rendered.join(
    '\n',
  )}\n</ul>`;
}

function renderToc(toc: TocEntry[]): string {
  const sections = toc.filter(entry => entry.depth === 2 || entry.depth === 3);
  if (sections.length === 0) {
    return '<nav class="md-nav md-nav--secondary" aria-label="Table of contents"></nav>';
  }
  const items: string[] = [];
  for (const [i, entry] of sections.entries()) {
    if (entry.depth === 3) {
      continue;
    }
    const children = [];
    for (const child of sections.slice(i + 1)) {
      if (child.depth === 2) {
        break;
      }
      children.push(child);
    }
    const nested = children.length
      ? `<nav class="md-nav" aria-label="${escapeHtml(
          entry.title,
        )}"><ul class="md-nav__list">${children
          .map(child => renderTocItem(child, ''))
          .join('')}</ul></nav>`
      : '';
    items.push(renderTocItem(entry, nested));
  }
  return `<nav class="md-nav md-nav--secondary" aria-label="Table of contents">
<label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents</label>
<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>
${items.join('\n')}
</ul>
</nav>`;
}

function renderTocItem(entry: TocEntry, nested: string) {
  return `<li class="md-nav__item"><a href="#${
    entry.id
  }" class="md-nav__link"><span class="md-ellipsis">${escapeHtml(
    entry.title,
  )}</span></a>${nested}</li>`;
}

function renderFooterLink(
  site: FixtureSite,
  pageDir: string,
  file: string,
  direction: 'prev' | 'next',
) {
  const title = navTitleOf(site.nav, file) ?? file;
  const label = direction === 'prev' ? 'Previous' : 'Next';
  return `<a href="${relativeUrl(
    pageDir,
    pageUrlOf(file),
  )}" class="md-footer__link md-footer__link--${direction}" aria-label="${label}: ${escapeHtml(
    title,
  )}" rel="${direction}">
<div class="md-footer__title"><span class="md-footer__direction">${label}</span><div class="md-ellipsis">${escapeHtml(
    title,
  )}</div></div>
</a>`;
}

function navTitleOf(nav: FixtureNavItem[], file: string): string | undefined {
  for (const item of nav) {
    const title =
      item.type === 'page'
        ? item.file === file && item.title
        : navTitleOf(item.items, file);
    if (title) {
      return title;
    }
  }
  return undefined;
}

// Python-Markdown's default slugify: ASCII-fold, drop punctuation, lowercase,
// join words with hyphens.
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0080-\uffff]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLocaleLowerCase('en-US')
    .replace(/[-\s]+/g, '-');
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id || '_';
  for (let n = 1; used.has(candidate); n++) {
    candidate = `${id}_${n}`;
  }
  used.add(candidate);
  return candidate;
}

function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
