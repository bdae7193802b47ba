/**
 * @jest-environment node
 */
import { ConfigReader } from '@backstage/config';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readPersonaDocsConfig } from '../../src/config/readPersonaDocsConfig';

/*
 * The import and validate commands on a generated handbook of a few hundred
 * pages (scripts/generate-handbook.mjs), through the built command line
 * (cli/bin/), as a user runs them.
 */

const root = resolve(__dirname, '../..');
const bin = join(root, 'cli', 'bin', 'persona-docs.js');
const ENTITY = 'component:default/acme-handbook';
const EVERYONE = [
  'user',
  'administrator',
  'integrator',
  'contributor',
  'business-stakeholder',
];

interface Expected {
  pages: Record<
    string,
    { url: string; description?: string; personas: string[] | null }
  >;
}
interface Entry {
  id?: string;
  title: string;
  description?: string;
  personas?: string[];
  docs?: string;
  path?: string;
  url?: string;
  children?: Entry[];
}

function node(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
const cli = (args: string[], cwd: string) => node([bin, ...args], cwd);
const generate = (dir: string, revision = '1') => {
  const result = node(
    [
      join(root, 'scripts', 'generate-handbook.mjs'),
      dir,
      '--revision',
      revision,
    ],
    root,
  );
  expect(result.code).toBe(0);
  return JSON.parse(
    readFileSync(join(dir, 'expected.json'), 'utf8'),
  ) as Expected;
};
const IMPORT = [
  'import',
  '--mkdocs',
  'mkdocs.yml',
  '--rules',
  'persona-rules.yaml',
  '--output',
  'persona-docs.yaml',
];

function sectionsOf(
  dir: string,
  file = 'persona-docs.yaml',
): { id: string; title: string; entries: Entry[] }[] {
  return parse(readFileSync(join(dir, file), 'utf8')).personaDocs.sections;
}

/** Every entry with the personas it is shown to, after inheritance. */
function flatten(sections: { entries: Entry[] }[]) {
  const all: { entry: Entry; personas: string[] }[] = [];
  const visit = (entries: Entry[], parent: string[]) => {
    for (const entry of entries) {
      const personas = entry.personas ?? parent;
      all.push({ entry, personas });
      visit(entry.children ?? [], personas);
    }
  };
  for (const section of sections) visit(section.entries, EVERYONE);
  return all;
}

function problemsOf(dir: string, file = 'persona-docs.yaml') {
  const config = new ConfigReader(parse(readFileSync(join(dir, file), 'utf8')));
  return readPersonaDocsConfig(config).problems;
}

/** Each page of the nav has an entry with its URL, description and personas. */
function expectPagesMapped(
  sections: { entries: Entry[] }[],
  expected: Expected,
) {
  const entries = flatten(sections).filter(
    ({ entry }) => entry.docs === ENTITY,
  );
  for (const [src, page] of Object.entries(expected.pages)) {
    const found = entries.filter(
      ({ entry }) => (entry.path ?? '') === page.url,
    );
    expect({ src, found: found.length > 0 }).toEqual({ src, found: true });
    const [{ entry, personas }] = found;
    if (page.description) expect(entry.description).toBe(page.description);
    if (page.personas)
      expect({ src, personas: [...personas].sort() }).toEqual({
        src,
        personas: [...page.personas].sort(),
      });
  }
}

let dir: string;
beforeAll(() => {
  const build = node([join(root, 'scripts', 'build-cli.mjs')], root);
  if (build.code !== 0) throw new Error(`build-cli failed: ${build.err}`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-handbook-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('import and validate on a generated handbook', () => {
  it('maps a few-hundred-page MkDocs site into a personaDocs block with descriptions and personas, in one command', () => {
    const expected = generate(dir);
    const pageCount = Object.keys(expected.pages).length;
    expect(pageCount).toBeGreaterThan(250);
    const result = cli(IMPORT, dir);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Mapped ${pageCount} pages into `);
    expect(problemsOf(dir)).toEqual([]);
    const sections = sectionsOf(dir);
    // The rules file sends the release notes to a section of their own.
    expect(sections.map(s => s.title)).toEqual([
      'Acme Handbook',
      'Release notes',
    ]);
    expectPagesMapped(sections, expected);
    // Inherited personas keep the block small: most entries carry none.
    const all = flatten(sections);
    expect(all.filter(({ entry }) => entry.personas).length).toBeLessThan(
      all.length / 10,
    );

    const validate = cli(
      ['validate', '--config', 'persona-docs.yaml', '--site', '.'],
      dir,
    );
    expect(validate.out).toContain('No problems in personaDocs');
    expect(validate.code).toBe(0);
  });

  it('validate lists the pages no entry reaches, and fails on a file without personaDocs', () => {
    generate(dir);
    expect(cli(IMPORT, dir).code).toBe(0);
    const sections = sectionsOf(dir);
    const guides = sections[0].entries.find(e => e.title === 'Overview')!;
    const [first, second] = guides.children!.splice(0, 2);
    writeFileSync(
      join(dir, 'persona-docs.yaml'),
      stringify({ personaDocs: { sections } }),
    );

    const result = cli(
      [
        'validate',
        '--config',
        'persona-docs.yaml',
        '--site',
        '.',
        '--ignore-page',
        'releases/**',
      ],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      `docs/${first.path!.slice(0, -1)}.md:1:1 ${ENTITY} ${
        first.path
      }: no entry reaches this page`,
      `docs/${second.path!.slice(0, -1)}.md:1:1 ${ENTITY} ${
        second.path
      }: no entry reaches this page`,
      '2 problems in personaDocs.',
      '',
    ]);

    writeFileSync(
      join(dir, 'app-config.yaml'),
      'app:\n  title: No mapping here\n',
    );
    const missing = cli(['validate'], dir);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(
      'personaDocs: missing: app-config.yaml has no personaDocs block',
    );
  });

  it('re-imports a changed nav without losing hand edits', () => {
    generate(dir);
    expect(cli(IMPORT, dir).code).toBe(0);
    const sections = sectionsOf(dir);
    const [main] = sections;
    const overview = main.entries.find(e => e.title === 'Overview')!;
    overview.title = 'About Acme';
    overview.personas = ['user', 'administrator'];
    main.entries.splice(1, 0, {
      title: 'Status page',
      url: 'https://status.example.com',
    });
    const contributing = main.entries.find(e => e.title === 'Contributing')!;
    const deleted = contributing.children!.pop()!;
    const described = contributing.children![0];
    described.description = 'Written by hand.';
    writeFileSync(
      join(dir, 'persona-docs.yaml'),
      stringify({ personaDocs: { sections } }),
    );

    const expected = generate(dir, '2');
    // Before the re-import, validate names what changed in the site.
    const stale = cli(
      ['validate', '--config', 'persona-docs.yaml', '--site', '.'],
      dir,
    );
    expect(stale.code).toBe(1);
    expect(stale.out).toMatch(
      /has no page developer-portal\/user-guides\/[a-z-]+\/ \(mkdocs\.yml\); the page was moved or removed/,
    );
    expect(stale.out).toMatch(
      /developer-portal\/user-guides\/[a-z-]+\/ left the nav of mkdocs\.yml/,
    );
    expect(stale.out).toMatch(
      /docs\/operations\/index\.md:1:1 .* operations\/: no entry reaches this page/,
    );

    const again = cli(IMPORT, dir);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(
      /persona-docs\.yaml: \d+ added, \d+ removed, 3 hand-edited fields kept\./,
    );
    expect(problemsOf(dir)).toEqual([]);
    const merged = sectionsOf(dir);
    const all = flatten(merged);
    const byId = new Map(all.map(({ entry }) => [entry.id, entry]));
    expect(byId.get(overview.id)).toMatchObject({
      title: 'About Acme',
      personas: ['user', 'administrator'],
    });
    expect(merged[0].entries[1]).toEqual({
      title: 'Status page',
      url: 'https://status.example.com',
    });
    expect(byId.get(described.id)!.description).toBe('Written by hand.');
    expect(byId.has(deleted.id)).toBe(false);
    expect(all.some(({ entry }) => entry.title === 'Reference docs')).toBe(
      true,
    );
    expect(all.some(({ entry }) => entry.title === 'Reference')).toBe(false);
    // Pages nobody edited follow the site, new ones included.
    const untouched = Object.fromEntries(
      Object.entries(expected.pages).filter(
        ([src]) =>
          !src.startsWith('overview/') && !src.startsWith('contributing/'),
      ),
    );
    expectPagesMapped(merged, { pages: untouched });

    // The one page no entry reaches now is the one whose entry you deleted.
    const validate = cli(
      ['validate', '--config', 'persona-docs.yaml', '--site', '.'],
      dir,
    );
    expect(validate.out.split('\n')).toEqual([
      `docs/${deleted.path!.slice(0, -1)}.md:1:1 ${ENTITY} ${
        deleted.path
      }: no entry reaches this page`,
      '1 problem in personaDocs.',
      '',
    ]);
  });

  it('maps the Docusaurus sidebar of the same docs to the same pages', () => {
    const expected = generate(dir);
    const result = cli(
      [
        'import',
        '--docusaurus',
        'sidebars.ts',
        '--rules',
        'persona-rules.yaml',
        '--output',
        'docusaurus.yaml',
      ],
      dir,
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(problemsOf(dir, 'docusaurus.yaml')).toEqual([]);
    expectPagesMapped(sectionsOf(dir, 'docusaurus.yaml'), expected);
    expect(existsSync(join(dir, 'docusaurus.last-import.yaml'))).toBe(true);
  });
});

const hasMkDocs = spawnSync('mkdocs', ['--version']).status === 0;
// CI installs MkDocs and sets PERSONA_DOCS_REQUIRE_MKDOCS, so there this
// test cannot be skipped; elsewhere it is reported as skipped.
const describeWithMkDocs =
  hasMkDocs || process.env.PERSONA_DOCS_REQUIRE_MKDOCS
    ? describe
    : describe.skip;

describeWithMkDocs('the paths MkDocs builds', () => {
  it('has a page at every entry path of the import', () => {
    generate(dir);
    expect(cli(IMPORT, dir).code).toBe(0);
    const build = spawnSync(
      'mkdocs',
      ['build', '--quiet', '--site-dir', 'site'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const docs = flatten(sectionsOf(dir)).filter(({ entry }) => entry.docs);
    expect(docs.length).toBeGreaterThan(250);
    const missing = docs
      .map(({ entry }) => join('site', entry.path ?? '', 'index.html'))
      .filter(file => !existsSync(join(dir, file)));
    expect(missing).toEqual([]);
    const validate = cli(
      ['validate', '--config', 'persona-docs.yaml', '--site', `${ENTITY}=site`],
      dir,
    );
    // The built site has the page the nav leaves out, too.
    expect(validate.out.split('\n')[0]).toBe(
      `site/drafts/unfinished/index.html:1:1 ${ENTITY} drafts/unfinished/: no entry reaches this page`,
    );
    expect(validate.code).toBe(1);
  });
});
