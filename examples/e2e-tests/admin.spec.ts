import {
  checkCatalogGroup,
  checkCoverage,
  checkViewAs,
} from '../../fixtures/adminChecks';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

const exampleDir = resolve(__dirname, '..', 'app');

// The administrators' tools in the installed plugin, over the example
// app's backend and the sample catalog: a group filled from the catalog,
// and the coverage tab with "View as".

test.describe('administrators at scale', () => {
  test('entities of the catalog appear in their group for their personas', async ({
    docs,
  }) => {
    await checkCatalogGroup(docs);
  });

  test('coverage flags the missing and the stale site, and views as a platform-team member', async ({
    docs,
    page,
  }) => {
    await checkCoverage(page, docs);
    await checkViewAs(page, docs, {
      search: 'guest',
      name: 'Guest',
      persona: 'Administrator / Operator',
      reason: 'From membership in group:default/platform-team.',
    });
  });
});

test.describe('the validate command', () => {
  test('run from the app against its backend, it reports the entry whose site is missing', async ({
    backend,
  }) => {
    // The command as installed from the tarball, as an integrator runs it.
    const bin = resolve(
      exampleDir,
      'node_modules/backstage-plugin-persona-docs-cli/bin/persona-docs.js',
    );
    const run = promisify(execFile)(
      process.execPath,
      [
        bin,
        'validate',
        '--config',
        'app-config.yaml',
        '--backend',
        // The backend itself: in development the app is served apart.
        backend.baseUrl,
      ],
      {
        cwd: exampleDir,
        env: { ...process.env, BACKSTAGE_TOKEN: await backend.guestToken() },
      },
    );
    const failed = await run.then(
      () => undefined,
      (error: { code?: number; stdout?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    // The entry is in the mapping the app's config includes; the line
    // points into that file.
    expect(failed?.stdout).toMatch(
      /^\.\.\/\.\.\/samples\/app-config\.persona-docs\.yaml:\d+:\d+ personaDocs\.sections\[\d+\]\.entries\[\d+\]\.children\[\d+\]\.docs: TechDocs has no site for component:default\/company-runbooks$/m,
    );
    expect(failed?.stdout).toMatch(/^1 problem in personaDocs\.$/m);
  });
});
