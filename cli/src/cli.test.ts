/**
 * @jest-environment node
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from './main';
import { validate } from './validate';

const repoRoot = resolve(__dirname, '../..');
const BACKEND = 'http://backend.test';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'persona-docs-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string) {
  writeFileSync(join(dir, name), text);
}

async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest
    .spyOn(console, 'log')
    .mockImplementation((line: string) => out.push(line));
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((line: string) => err.push(line));
  try {
    const code = await main(argv, dir, env);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

const valid = `
personaDocs:
  sections:
    - title: Developer Portal
      entries:
        - title: Getting started
          docs: component:default/backstage-docs
        - title: Catalog
          url: /catalog
`;

describe('validate command', () => {
  it('passes a valid config with exit code 0', async () => {
    write('app-config.yaml', valid);
    const result = await run(['validate']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/No problems in personaDocs/);
  });

  it('prints each mistake of the fixture with file, line and column, and exits 1', async () => {
    const fixture = join(
      repoRoot,
      'fixtures/configs/app-config.with-mistakes.yaml',
    );
    const result = await run(['validate', '--config', fixture]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /app-config\.with-mistakes\.yaml:11:3 personaDocs\.titel: /,
    );
    expect(result.out).toMatch(
      /app-config\.with-mistakes\.yaml:50:7 personaDocs\.sections\[1\]\.entries: expected a list, got a string/,
    );
    expect(result.out).toMatch(/\d+ problems in personaDocs\./);
  });

  it('points into the file an $include brings in', async () => {
    write('sections.yaml', '- title: Broken\n  entries: not-a-list\n');
    write(
      'app-config.yaml',
      'personaDocs:\n  sections:\n    $include: ./sections.yaml\n',
    );
    const problems = await validate({
      configFiles: ['app-config.yaml'],
      cwd: dir,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'sections.yaml',
        line: 2,
        key: 'personaDocs.sections[0].entries',
      }),
    ]);
  });

  it('points into the part of a file that an $include with a fragment brings in', async () => {
    write(
      'mapping.yaml',
      'personaDocs:\n  sections:\n    - title: Broken\n      entries: not-a-list\n',
    );
    write(
      'app-config.yaml',
      'app:\n  title: x\npersonaDocs:\n  $include: ./mapping.yaml#personaDocs\n',
    );
    const problems = await validate({
      configFiles: ['app-config.yaml'],
      cwd: dir,
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'mapping.yaml',
        line: 4,
        column: 7,
        key: 'personaDocs.sections[0].entries',
      }),
    ]);
  });

  it('reads later files over earlier ones, as Backstage merges them', async () => {
    write('app-config.yaml', 'personaDocs:\n  defaultPersona: nobody\n');
    write('app-config.local.yaml', 'personaDocs:\n  defaultPersona: user\n');
    expect((await run(['validate'])).code).toBe(0);
    expect((await run(['validate', '--config', 'app-config.yaml'])).code).toBe(
      1,
    );
  });

  it('substitutes environment variables as the backend does', async () => {
    write(
      'app-config.yaml',
      'personaDocs:\n  defaultPersona: ${DEFAULT_PERSONA}\n',
    );
    expect(
      (await run(['validate'], { DEFAULT_PERSONA: 'administrator' })).code,
    ).toBe(0);
    expect((await run(['validate'], { DEFAULT_PERSONA: 'boss' })).code).toBe(1);
  });

  it('prints JSON for other tools', async () => {
    write('app-config.yaml', 'personaDocs:\n  sections: nope\n');
    const result = await run(['validate', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          file: 'app-config.yaml',
          line: 2,
          column: 3,
          key: 'personaDocs.sections',
          source: 'config',
        }),
      ],
    });
  });

  it('fails when no file has a personaDocs block', async () => {
    write('app-config.yaml', 'app:\n  title: Portal\n');
    write('app-config.local.yaml', 'backend:\n  baseUrl: http://localhost\n');
    const result = await run(['validate']);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      'personaDocs: missing: app-config.yaml, app-config.local.yaml have no personaDocs block, so the page would show only empty default sections\n1 problem in personaDocs.',
    );
    write('app-config.local.yaml', 'personaDocs:\n  defaultPersona: user\n');
    expect((await run(['validate'])).code).toBe(0);
  });

  it('exits 2 when a site to compare with cannot be read', async () => {
    write('app-config.yaml', valid);
    const result = await run(['validate', '--site', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('--site nowhere: no such file or folder');
  });

  it('exits 2 with the usage for a bad command line or unreadable files', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['validate', '--format', 'xml'])).err).toMatch(
      /--format is text or json/,
    );
    expect((await run(['validate', '--confg', 'x.yaml'])).err).toMatch(
      /Unknown option '--confg'/,
    );
    expect((await run(['validate', '--config'])).err).toMatch(
      /--config <value>' argument missing/,
    );
    expect((await run(['validate', 'extra'])).err).toMatch(
      /unexpected argument extra/,
    );
    expect((await run(['validate'])).err).toMatch(/No app-config\.yaml here/);
    write('app-config.yaml', 'personaDocs: [unclosed\n');
    expect((await run(['validate'])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
  });

  describe('--backend', () => {
    const catalog = new Set([
      'component:default/backstage-docs',
      'component:default/no-site',
    ]);
    const sites = new Set(['component:default/backstage-docs']);
    let authorization: (string | null)[];

    beforeEach(() => {
      authorization = [];
      server.use(
        http.get(
          `${BACKEND}/api/catalog/entities/by-name/:kind/:namespace/:name`,
          ({ params, request }) => {
            authorization.push(request.headers.get('authorization'));
            const ref = `${params.kind}:${params.namespace}/${params.name}`;
            return catalog.has(ref)
              ? HttpResponse.json({ kind: params.kind })
              : new HttpResponse(null, { status: 404 });
          },
        ),
        http.get(
          `${BACKEND}/api/techdocs/metadata/techdocs/:namespace/:kind/:name`,
          ({ params }) => {
            const ref = `${params.kind}:${params.namespace}/${params.name}`;
            return sites.has(ref)
              ? HttpResponse.json({ site_name: params.name })
              : new HttpResponse(null, { status: 404 });
          },
        ),
      );
    });

    it('reports entries whose site is missing, at the entry', async () => {
      write(
        'app-config.yaml',
        `personaDocs:
  sections:
    - title: Portal
      entries:
        - title: Good
          docs: component:default/backstage-docs
        - title: No site
          docs: component:default/no-site
        - title: Not in the catalog
          docs: component:default/gone
        - title: Good again
          docs: component:default/backstage-docs
`,
      );
      const result = await run(['validate', '--backend', BACKEND], {
        BACKSTAGE_TOKEN: 'secret',
      });
      expect(result.code).toBe(1);
      expect(result.out.split('\n')).toEqual([
        'app-config.yaml:8:11 personaDocs.sections[0].entries[1].docs: TechDocs has no site for component:default/no-site',
        'app-config.yaml:10:11 personaDocs.sections[0].entries[2].docs: component:default/gone is not in the catalog',
        '2 problems in personaDocs.',
      ]);
      // One catalog request per distinct entity, with the token.
      expect(authorization).toEqual([
        'Bearer secret',
        'Bearer secret',
        'Bearer secret',
      ]);
    });

    it('says when the backend cannot be asked, instead of passing', async () => {
      server.use(
        http.get(`${BACKEND}/api/catalog/*`, () =>
          HttpResponse.json({ error: 'nope' }, { status: 401 }),
        ),
      );
      write('app-config.yaml', valid);
      const result = await run(['validate', '--backend', BACKEND]);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /could not check component:default\/backstage-docs: catalog answered 401/,
      );
    });
  });
});
