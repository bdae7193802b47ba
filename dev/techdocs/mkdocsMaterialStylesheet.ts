/**
 * Where the fixture sites keep their stylesheet. The TechDocs reader's
 * sanitizer drops every `<link>` except mkdocs-material's own
 * `main.<8 hex digits>.min.css`, so the fixture stylesheet takes that name.
 *
 * @public
 */
export const MKDOCS_MATERIAL_STYLESHEET_FILE =
  'assets/stylesheets/main.d0c5f1e5.min.css';

/**
 * A small stand-in for mkdocs-material's main.css, covering only the markup
 * the fixture pages use. The reader adds its own rules for layout, colors and
 * headings on top, but those assume material's CSS is present: without it the
 * navigation checkboxes show and collapsed sections stay open.
 *
 * @public
 */
export const mkdocsMaterialStylesheet = `
.md-toggle, .md-nav__toggle, .md-header { display: none; }

.md-sidebar__scrollwrap { overflow-y: auto; }
.md-nav__list { list-style: none; margin: 0; padding: 0; }
.md-nav__item { padding: 0 0.6rem; }
.md-nav__item .md-nav__item { padding-right: 0; }
.md-nav__title { display: block; padding: 0 0.6rem; font-weight: 700; }
.md-nav .md-nav .md-nav__title { display: none; }
.md-nav__title .md-nav__icon { display: none; }
.md-nav__link {
  margin-top: 0.625em;
  color: inherit;
  text-decoration: none;
  cursor: pointer;
}
.md-nav__link:hover, .md-nav__link:focus { color: var(--md-accent-fg-color); }
.md-nav__icon::after { content: '\\203A'; display: inline-block; }
.md-nav__toggle:checked ~ .md-nav__link .md-nav__icon::after {
  transform: rotate(90deg);
}
.md-nav__toggle ~ .md-nav { display: none; }
.md-nav__toggle:checked ~ .md-nav { display: block; }

#toggle-sidebar { display: none; }
@media screen and (max-width: 76.1875em) {
  #toggle-sidebar { display: inline-block; cursor: pointer; }
}

.md-content__inner { margin: 0 0.8rem 1.2rem; padding-top: 0.6rem; }
.md-typeset { line-height: 1.6; }
.md-typeset h1 { margin: 0 0 1.25em; }
.md-typeset h2 { margin: 1.6em 0 0.64em; }
.md-typeset h3 { margin: 1.6em 0 0.8em; }
.md-typeset p, .md-typeset ul, .md-typeset ol, .md-typeset blockquote {
  margin: 1em 0;
}
.md-typeset ul, .md-typeset ol { padding-left: 1.6em; }
.md-typeset li { margin-bottom: 0.5em; }
.md-typeset a { color: var(--md-typeset-a-color); text-decoration: none; }
.md-typeset a:hover { text-decoration: underline; }
.md-typeset blockquote { padding-left: 0.6rem; }
.md-typeset code {
  padding: 0 0.3em;
  border-radius: 0.1rem;
  background-color: var(--md-default-fg-color--lightest);
  font-family: monospace;
  font-size: 0.85em;
}
.md-typeset .headerlink {
  margin-left: 0.5rem;
  opacity: 0;
  color: var(--md-default-fg-color--lighter);
}
.md-typeset :hover > .headerlink, .md-typeset .headerlink:focus { opacity: 1; }

.md-footer__inner { display: flex; justify-content: space-between; }
.md-footer__link {
  display: block;
  padding: 0.4rem 0.8rem;
  color: inherit;
  text-decoration: none;
  background-color: var(--md-default-bg-color);
}
.md-footer__link--next { margin-left: auto; text-align: right; }
.md-footer__direction { display: block; font-size: 0.75em; opacity: 0.7; }
.md-footer-meta { display: none; }
`;
