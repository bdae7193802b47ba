#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Generates "Acme Handbook", a docs site of a few hundred pages for trying
 * and testing `persona-docs import` and `validate --site`:
 * an MkDocs project (mkdocs.yml with a nested nav, index pages, external
 * links; pages with front matter giving titles, descriptions and personas in
 * the forms docs use), a Docusaurus-style sidebars.ts over the same docs, a
 * catalog-info.yaml and a persona rules file. The same arguments always
 * write the same files; nothing of it is committed.
 *
 *   node scripts/generate-handbook.mjs <dir> [--revision 2]
 *
 * Revision 2 is the same site after a change of its nav: a new group of
 * pages, a page removed, a page dropped from the nav, a section renamed and
 * a page moved. <dir>/expected.json says what each page is (its URL,
 * description and the personas the import should give it), for tests.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeHandbook } from './handbook-files.mjs';

const { values, positionals } = parseArgs({
  options: { revision: { type: 'string', default: '1' } },
  allowPositionals: true,
});
if (positionals.length !== 1 || !['1', '2'].includes(values.revision)) {
  console.error(
    'Usage: node scripts/generate-handbook.mjs <dir> [--revision 1|2]',
  );
  process.exit(2);
}
const out = resolve(positionals[0]);
const revision = Number(values.revision);

// A small seeded generator (mulberry32), so every run writes the same site.
let state = 20251;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = list => list[Math.floor(random() * list.length)];

const VERBS = (
  'Configuring Deploying Securing Monitoring Upgrading Extending Testing ' +
  'Debugging Scaling Migrating Writing Reviewing Publishing Customizing Integrating'
).split(' ');
const THINGS = (
  'the catalog|templates|search|TechDocs|permissions|the proxy|auth providers|' +
  'plugins|the database|caching|notifications|the scheduler|entity providers|' +
  'processors|themes|feature flags|the event bus|API docs|Kubernetes|ownership'
).split('|');
const REASONS = (
  'so teams can find what they own|without downtime|for a large organisation|' +
  'step by step|with examples|and what to check afterwards|in production|' +
  'for the first time'
).split('|');

/** The pages' text by path under docs/, in nav order. */
const pages = new Map();
/** What the import should make of each page: URL, description, personas. */
const expected = {};
const used = new Set();

function pageName() {
  for (;;) {
    const title = `${pick(VERBS)} ${pick(THINGS)}`;
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (!used.has(slug)) {
      used.add(slug);
      return { title, slug };
    }
  }
}

/**
 * Front matter in the forms real docs use: a YAML block (most pages),
 * MultiMarkdown lines (a few), or none with a heading; personas as
 * `personas`, `persona` with an alias, `audience`, or `tags`.
 */
function writePage(path, { title, personas, form }) {
  const description = path.endsWith('01-install.md')
    ? `${title} step by step.`
    : `${title} ${pick(REASONS)}.`;
  const lines = [];
  const personaForms = {
    list: () => `personas: [${personas.join(', ')}]`,
    alias: () =>
      `persona: ${personas
        .map(
          p =>
            ({
              administrator: 'admin',
              integrator: 'plugin-developer',
              user: 'end user',
              contributor: 'maintainer',
              'business-stakeholder': 'stakeholders',
            }[p]),
        )
        .join(', ')}`,
    audience: () => `audience:\n${personas.map(p => `  - ${p}`).join('\n')}`,
    tags: () => `tags: [${[...personas, 'howto'].join(', ')}]`,
  };
  let body;
  if (form === 'heading') {
    body = `# ${title}\n\n${description}\n`;
  } else if (form === 'multimarkdown') {
    body = `Title: ${title}\nDescription: ${description}\n\n${description}\n`;
  } else {
    lines.push('---', `title: ${title}`, `description: ${description}`);
    if (personas) lines.push(personaForms[form]());
    // Docusaurus ids, Backstage style: the file name again.
    if (used.size % 5 === 0)
      lines.push(
        `id: ${path.slice(path.lastIndexOf('/') + 1, -3).replace(/^\d+-/, '')}`,
      );
    lines.push('---', '', `# ${title}`, '', description, '');
    body = lines.join('\n');
  }
  pages.set(path, body);
  return { description: form === 'heading' ? undefined : description };
}

/** A group of pages in a folder: an index page and `count` pages. */
function folder(dir, count, options = {}) {
  const { personas, groupTitle, nested = [], indexForm = 'list' } = options;
  const forms = ['list', 'list', 'alias', 'audience', 'tags', 'list'];
  const items = [];
  const index = `${dir}/index.md`;
  const indexInfo = writePage(index, {
    title: groupTitle,
    personas,
    form: personas ? indexForm : 'heading',
  });
  record(index, indexInfo, personas, options.ruled);
  items.push(index);
  for (let i = 0; i < count; i++) {
    const { title, slug } = pageName();
    const path = `${dir}/${slug}.md`;
    // Pages of folders without personas carry none; a few of them use
    // MultiMarkdown metadata instead of a YAML block.
    let form = 'none';
    if (personas) form = forms[i % forms.length];
    else if (i % 7 === 3) form = 'multimarkdown';
    const info = writePage(path, { title, personas, form });
    record(path, info, personas, options.ruled);
    items.push({ [title]: path });
  }
  return { [groupTitle]: [...items, ...nested] };
}

function record(path, info, personas, ruled) {
  const url = path.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '/');
  expected[path] = {
    url,
    ...(info.description && { description: info.description }),
    personas: personas ?? ruled ?? null,
  };
}

// ---------------------------------------------------------------------------
// The site.

// Only the site's own files are replaced: an import's output beside them stays.
rmSync(join(out, 'docs'), { recursive: true, force: true });
const nav = [];
pages.set(
  'index.md',
  '---\ntitle: Acme Handbook\ndescription: How we build, run and use our developer portal.\n---\n\n# Acme Handbook\n',
);
expected['index.md'] = {
  url: '',
  description: 'How we build, run and use our developer portal.',
  personas: null,
};
nav.push({ Home: 'index.md' });
nav.push(folder('overview', 6, { groupTitle: 'Overview' }));
nav.push(
  folder('getting-started', 8, {
    groupTitle: 'Getting started',
    personas: ['user'],
  }),
);
// A numbered file, as Docusaurus sites order them; its doc id drops the number.
writePage('getting-started/01-install.md', {
  title: 'Install the portal',
  personas: ['user'],
  form: 'list',
});
record(
  'getting-started/01-install.md',
  { description: 'Install the portal step by step.' },
  ['user'],
);
nav[2]['Getting started'].splice(1, 0, 'getting-started/01-install.md');

const auth = folder('developer-portal/administrator-guides/auth', 10, {
  groupTitle: 'Authentication',
  personas: ['administrator'],
});
const deployment = folder(
  'developer-portal/administrator-guides/deployment',
  8,
  { groupTitle: 'Deployment', personas: ['administrator'], indexForm: 'alias' },
);
const plugins = [
  'catalog',
  'scaffolder',
  'search',
  'techdocs',
  'kubernetes',
  'notifications',
].map(name =>
  folder(`developer-portal/core-plugins/${name}`, 5, {
    groupTitle:
      name === 'techdocs' ? 'TechDocs' : name[0].toUpperCase() + name.slice(1),
    personas: ['user', 'administrator'],
  }),
);
nav.push({
  'Developer Portal': [
    'developer-portal/index.md',
    folder('developer-portal/administrator-guides', 20, {
      groupTitle: 'Administrator guides',
      personas: ['administrator'],
      nested: [auth, deployment],
    }),
    folder('developer-portal/user-guides', 20, {
      groupTitle: 'User guides',
      personas: ['user'],
    }),
    { 'Core plugins': plugins },
    { 'Backstage on GitHub': 'https://github.com/backstage/backstage' },
  ],
});
pages.set(
  'developer-portal/index.md',
  '# Developer Portal\n\nThe portal you get out of the box.\n',
);
expected['developer-portal/index.md'] = {
  url: 'developer-portal/',
  personas: null,
};

const backend = folder('framework/backend-system', 20, {
  groupTitle: 'Backend system',
  personas: ['integrator'],
});
const frontend = folder('framework/frontend-system', 15, {
  groupTitle: 'Frontend system',
  personas: ['integrator'],
});
nav.push({
  Framework: [
    'framework/index.md',
    folder('framework/architecture', 10, {
      groupTitle: 'Architecture',
      personas: ['integrator', 'contributor'],
    }),
    backend,
    frontend,
    folder('framework/plugins', 20, {
      groupTitle: 'Building plugins',
      personas: ['integrator'],
    }),
  ],
});
pages.set(
  'framework/index.md',
  '---\ndescription: Build on Backstage.\n---\n\n# Framework\n',
);
expected['framework/index.md'] = {
  url: 'framework/',
  description: 'Build on Backstage.',
  personas: null,
};

// No personas in the pages: the rules file gives them.
nav.push({
  Reference: [
    folder('reference/api', 60, {
      groupTitle: 'API reference',
      ruled: ['integrator'],
    }),
  ],
});
nav.push(
  folder('contributing', 12, {
    groupTitle: 'Contributing',
    personas: ['contributor'],
  }),
);
nav.push(
  folder('business', 10, {
    groupTitle: 'For stakeholders',
    personas: ['business-stakeholder'],
    indexForm: 'audience',
  }),
);
nav.push(
  folder('releases', 20, {
    groupTitle: 'Release notes',
    ruled: ['administrator', 'integrator'],
  }),
);
nav.push({
  'Community chat': 'https://discord.gg/backstage-687207715902193673',
});

// A page MkDocs builds but the nav leaves out.
pages.set('drafts/unfinished.md', '# Unfinished\n');

if (revision === 2) {
  // The nav changes: a new group, a renamed section, a page removed and
  // one left out of the nav, a page moved to another group.
  const userGuides = nav[3]['Developer Portal'][2]['User guides'];
  const removed = Object.values(userGuides[3])[0];
  userGuides.splice(3, 1);
  pages.delete(removed);
  delete expected[removed];
  const dropped = Object.values(userGuides[4])[0];
  userGuides.splice(4, 1);
  delete expected[dropped];
  const moved = userGuides.splice(5, 1)[0];
  nav[3]['Developer Portal'][1]['Administrator guides'].push(moved);
  expected[Object.values(moved)[0]].personas = ['user'];
  nav[5] = { 'Reference docs': nav[5].Reference };
  nav.splice(
    6,
    0,
    folder('operations', 5, {
      groupTitle: 'Operations',
      personas: ['administrator'],
    }),
  );
}

writeHandbook(out, { nav, pages, expected });
console.log(`Wrote ${pages.size} pages to ${out} (revision ${revision}).`);
