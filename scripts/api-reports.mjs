#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * API reports (report.api.md, report-alpha.api.md), one per entry point,
 * made by @backstage/repo-tools' API extraction, as `backstage-repo-tools
 * api-reports` makes them in Backstage's own repositories:
 *
 *   npm run api-reports        # update the reports
 *   npm run api-reports -- --ci   # fail when the public API changed unreported
 *
 * The repo-tools command finds packages among a monorepo's workspaces and
 * skips a package at the repository root, such as this one (its path
 * relative to the root is empty), so this calls the same extraction for the
 * root package. The reports are built from dist-types, emitted by a full
 * `tsc --incremental false` first (as `npm run api-reports` and `npm test`
 * do): an incremental emit can list the members of inferred types, such as
 * the translation ref's messages, in another order than a fresh one, and
 * CI always builds fresh.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const repoTools = dirname(
  require.resolve('@backstage/repo-tools/package.json'),
);
const { runApiExtraction } = require(join(
  repoTools,
  'dist/commands/api-reports/api-reports/runApiExtraction.cjs.js',
));

const ci = process.argv.includes('--ci');
process.chdir(root);
try {
  await runApiExtraction({
    packageDirs: ['.'],
    outputDir: join(root, 'node_modules', '.cache', 'api-extractor'),
    isLocalBuild: !ci,
    tsconfigFilePath: join(root, 'tsconfig.json'),
    validateReleaseTags: true,
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
