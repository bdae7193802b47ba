/**
 * @jest-environment node
 */
import { ConfigReader } from '@backstage/config';
import { loadConfigSchema } from '@backstage/config-loader';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { readPersonaDocsConfig } from './readPersonaDocsConfig';

/*
 * The plugin's config schema (config.d.ts) through Backstage's own config
 * loader, the way the app backend uses it when it serves the frontend
 * (frontend visibility, schema errors fatal) and the way `backstage-cli
 * config:check --strict` uses it (undeclared keys are errors too).
 */

const root = resolve(__dirname, '..', '..');
const mistakes = parse(
  readFileSync(
    resolve(root, 'fixtures', 'configs', 'app-config.with-mistakes.yaml'),
    'utf8',
  ),
);
const sample = parse(
  readFileSync(
    resolve(root, 'samples', 'app-config.persona-docs.yaml'),
    'utf8',
  ),
);

function schema(options: { strict: boolean }) {
  return loadConfigSchema({
    dependencies: [],
    packagePaths: [resolve(root, 'package.json')],
    noUndeclaredProperties: options.strict,
  });
}

/** An app's config with the given personaDocs block. */
function appConfig(data: object) {
  return [
    {
      data: {
        app: { baseUrl: 'http://localhost:3000' },
        backend: {
          baseUrl: 'http://localhost:7007',
          listen: { port: 7007 },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
        personaDocs: (data as any).personaDocs,
      },
      context: 'app-config.yaml',
    },
  ];
}

/**
 * What the app backend hands the browser (it validates frontend config
 * first, and refuses to start on an error), or that error.
 */
async function frontendConfig(data: object) {
  const processed = (await schema({ strict: false })).process(appConfig(data), {
    visibility: ['frontend'],
    withDeprecatedKeys: true,
  });
  return ConfigReader.fromConfigs(processed);
}

/** What `backstage-cli config:check --strict` does: every key, undeclared ones fatal. */
async function strictCheck(data: object) {
  (await schema({ strict: true })).process(appConfig(data), {
    visibility: ['frontend', 'backend', 'secret'],
  });
}

describe('the config schema', () => {
  jest.setTimeout(60_000);

  it('never stops the app backend, whatever mistakes personaDocs holds', async () => {
    await expect(frontendConfig(mistakes)).resolves.toBeDefined();
  });

  it('sends every key to the browser, misspelt ones included, so the page can list each mistake', async () => {
    const config = await frontendConfig(mistakes);
    const fromBrowser = readPersonaDocsConfig(config).problems.map(p => p.text);
    const fromFile = readPersonaDocsConfig(
      new ConfigReader({ personaDocs: mistakes.personaDocs }),
    ).problems.map(p => p.text);
    expect(fromBrowser).toEqual(fromFile);
    expect(fromBrowser).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^personaDocs\.titel: unknown key/),
        expect.stringMatching(
          /^personaDocs\.sections\[0\]\.entries\[5\]\.childs: unknown key/,
        ),
        expect.stringMatching(
          /^personaDocs\.sections\[0\]\.entries\[4\]\.personas: expected a list of persona ids, got a single string/,
        ),
      ]),
    );
  });

  it('lets config:check --strict report the misspelt keys, with their paths', async () => {
    const error = await strictCheck(mistakes).then(
      () => undefined,
      e => e as Error & { messages?: string[] },
    );
    expect(error?.message).toMatch(/Config validation failed/);
    const text = error?.messages?.join('\n') ?? '';
    expect(text).toMatch(/additionalProperty=titel .*at \/personaDocs\b/);
    expect(text).toMatch(
      /additionalProperty=childs .*at \/personaDocs\/sections\/0\/entries\/5\b/,
    );
  });

  it('passes the strict check for a config without mistakes', async () => {
    await expect(strictCheck(sample)).resolves.toBeUndefined();
  });
});
