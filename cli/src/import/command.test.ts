/**
 * @jest-environment node
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../main';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest
    .spyOn(console, 'log')
    .mockImplementation((line: string) => out.push(line));
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((line: string) => err.push(line));
  try {
    const code = await main(argv, dir, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const site = {
  'site/mkdocs.yml': 'site_name: Ops\n',
  'site/docs/index.md': '---\ndescription: Start.\n---\n# Ops\n',
  'site/docs/run/deploy.md': '---\ntitle: Deploy\npersonas: [sre]\n---\n',
  'site/docs/run/squads.md': '---\naudience: [squad leads]\n---\n# Squads\n',
};

describe('import command', () => {
  it('prints the block with the summary apart, mapping the file tree when there is no nav', async () => {
    write(site);
    const result = await run([
      'import',
      '--mkdocs',
      'site',
      '--entity',
      'ops-docs',
    ]);
    expect(result.code).toBe(0);
    expect(parse(result.out)).toEqual({
      personaDocs: {
        sections: [
          {
            id: 'ops',
            title: 'Ops',
            entries: [
              {
                id: 'ops-docs-home',
                title: 'Ops',
                description: 'Start.',
                docs: 'component:default/ops-docs',
              },
              {
                id: 'ops-docs-nav-run',
                title: 'Run',
                personas: ['administrator'],
                children: [
                  {
                    id: 'ops-docs-run-deploy',
                    title: 'Deploy',
                    docs: 'component:default/ops-docs',
                    path: 'run/deploy/',
                  },
                  {
                    id: 'ops-docs-run-squads',
                    title: 'Squads',
                    docs: 'component:default/ops-docs',
                    path: 'run/squads/',
                  },
                ],
              },
            ],
          },
        ],
      },
    });
    expect(result.err).toContain(
      'note: run/squads.md: audience squad leads is no known persona; ignored',
    );
    expect(result.err).toMatch(
      /Mapped 3 pages into 4 entries \(1 groups, 3 pages, 0 links\) in 1 section/,
    );
  });

  it('knows the personas app-config defines, and their aliases from the rules file', async () => {
    write({
      ...site,
      'app-config.yaml':
        'personaDocs:\n  personas:\n    - id: squad-lead\n      title: Squad lead\n',
      'rules.yaml': 'aliases:\n  squad leads: squad-lead\n',
    });
    const result = await run([
      'import',
      '--mkdocs',
      'site/mkdocs.yml',
      '--entity',
      'ops-docs',
      '--config',
      'app-config.yaml',
      '--rules',
      'rules.yaml',
      '--output',
      'out.yaml',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const squads = parse(readFileSync(join(dir, 'out.yaml'), 'utf8'))
      .personaDocs.sections[0].entries[1].children[1];
    expect(squads.personas).toEqual(['squad-lead']);
  });

  it('says what it needs when the site or its entity is missing', async () => {
    write(site);
    expect(await run(['import'])).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        'name the site: --mkdocs <mkdocs.yml> or --docusaurus <sidebars.js>',
      ),
    });
    expect(await run(['import', '--mkdocs', 'site'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('name its entity with --entity'),
    });
    expect(
      await run(['import', '--mkdocs', 'site', '--entity', 'Bad Name!']),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('invalid entity ref'),
    });
    expect(await run(['import', '--pages', 'x'])).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--pages'"),
    });
    expect((await run(['import', '--help'])).code).toBe(0);
  });

  it('exits 1 when the written block has problems, naming them', async () => {
    write({ ...site, 'out.yaml': 'personaDocs:\n  defaultPersona: nobody\n' });
    const result = await run([
      'import',
      '--mkdocs',
      'site',
      '--entity',
      'ops-docs',
      '--output',
      'out.yaml',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'problem: personaDocs.defaultPersona: unknown persona "nobody"',
    );
  });
});
