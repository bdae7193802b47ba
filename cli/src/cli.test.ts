/**
 * @jest-environment node
 */
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  checkAgainstBackend,
  docsReferences,
  tokenWarning,
} from './backendCheck';
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

  it('reports a loop of $include with its chain, instead of running forever', async () => {
    write('app-config.yaml', 'personaDocs:\n  $include: a.yaml\n');
    write('a.yaml', 'sections:\n  $include: b.yaml\n');
    write('b.yaml', 'x:\n  $include: a.yaml\n');
    const result = await run(['validate']);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toEqual([
      'The config files could not be read:',
      '  b.yaml:2:3: $include loop: a.yaml → b.yaml → a.yaml',
    ]);
  });

  it('names the file in every load error, among several', async () => {
    write('app-config.yaml', valid);
    write('broken.yaml', 'personaDocs:\n  title: [unclosed\n');
    write('includes-nothing.yaml', 'personaDocs:\n  $include: nowhere.yaml\n');
    const broken = await run([
      'validate',
      '--config',
      'app-config.yaml',
      '--config',
      'broken.yaml',
    ]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(
      /^ {2}broken\.yaml: 3:1: not valid YAML: Flow sequence in block collection/m,
    );
    const missing = await run([
      'validate',
      '--config',
      'app-config.yaml',
      '--config',
      'includes-nothing.yaml',
    ]);
    expect(missing.err).toMatch(
      /^ {2}includes-nothing\.yaml:2:3: \$include of nowhere\.yaml, which does not exist$/m,
    );
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
        http.get(`${BACKEND}/api/catalog/entities`, () =>
          HttpResponse.json([{ kind: 'Component' }]),
        ),
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

    it('says when the backend refuses the token, instead of passing', async () => {
      server.use(
        http.get(`${BACKEND}/api/catalog/*`, () =>
          HttpResponse.json({ error: 'nope' }, { status: 401 }),
        ),
      );
      write('app-config.yaml', valid);
      const result = await run(['validate', '--backend', BACKEND]);
      expect(result.code).toBe(1);
      expect(result.out.split('\n')).toEqual([
        'app-config.yaml:2:1 personaDocs: could not check against the backend: http://backend.test refused the request (401); set BACKSTAGE_TOKEN to a token the backend accepts',
        '1 problem in personaDocs.',
      ]);
    });

    it('tells a frontend, which answers every path with its page, from a backend', async () => {
      server.use(
        http.get(`${BACKEND}/*`, () =>
          HttpResponse.html('<!doctype html><title>Backstage</title>'),
        ),
      );
      write('app-config.yaml', valid);
      const result = await run(['validate', '--backend', BACKEND]);
      expect(result.code).toBe(1);
      expect(result.out).toMatch(
        /http:\/\/backend\.test is not a Backstage backend: \/api\/catalog\/entities\?limit=1&fields=kind answered 200 with text\/html, not JSON/,
      );
      expect(result.out).toMatch(/^1 problem in personaDocs\.$/m);
    });

    it('gives up on a backend that never answers, saying so', async () => {
      server.use(
        http.get(`${BACKEND}/*`, async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const findings = await checkAgainstBackend(
        docsReferences({
          sections: [
            { entries: [{ docs: 'component:default/backstage-docs' }] },
          ],
        }),
        { baseUrl: BACKEND, timeoutMs: 50 },
      );
      expect(findings).toEqual([
        {
          key: 'personaDocs',
          message:
            'could not check against the backend: no answer within 0.05 s',
        },
      ]);
    });

    it('warns before a token goes over plain http to another machine', async () => {
      write('app-config.yaml', valid);
      const result = await run(['validate', '--backend', BACKEND], {
        BACKSTAGE_TOKEN: 'secret',
      });
      expect(result.err).toMatch(
        /^Warning: BACKSTAGE_TOKEN goes to backend\.test over plain http/,
      );
      expect(tokenWarning('https://backstage.example.com', 'secret')).toBe(
        undefined,
      );
      expect(tokenWarning('http://localhost:7007', 'secret')).toBe(undefined);
      expect(tokenWarning('http://backstage.example.com', undefined)).toBe(
        undefined,
      );
      expect((await run(['validate', '--backend', 'backend.test'])).code).toBe(
        2,
      );
    });
  });
});
