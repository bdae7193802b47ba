#!/usr/bin/env node
/* eslint-disable no-console */
/*
 * Builds the sample TechDocs sites in samples/sites/ with MkDocs (Debian's
 * `mkdocs` and `mkdocs-material`) and publishes them to samples/techdocs/,
 * laid out like TechDocs' local publisher: one folder per entity at
 * <namespace>/<kind>/<name>/ with the built site and its
 * techdocs_metadata.json. The built sites are committed, so `npm start`
 * works on machines without MkDocs.
 *
 *   npm run samples:build    # rebuild samples/techdocs from the sources
 *   npm run samples:check    # fail if samples/techdocs differs from a fresh build
 *
 * Built output is made reproducible: sitemaps (which carry the build date),
 * source maps and the search language packs are left out (the TechDocs reader
 * uses none of them), and the check ignores build_timestamp.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sitesDir = join(root, 'samples', 'sites');
const publishDir = join(root, 'samples', 'techdocs');
const check = process.argv.includes('--check');

/** What the TechDocs reader never loads; left out so builds compare equal. */
const UNUSED = [
  /^sitemap\.xml(\.gz)?$/,
  /\.map$/,
  /^assets\/javascripts\/lunr\//,
];

function filesUnder(dir) {
  const files = [];
  const walk = current => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files;
}

function entityFolder(siteDir) {
  const entity = parse(
    readFileSync(join(siteDir, 'catalog-info.yaml'), 'utf8'),
  );
  const namespace = entity.metadata.namespace ?? 'default';
  // The local publisher lowercases the triplet unless an app sets
  // techdocs.legacyUseCaseSensitiveTripletPaths.
  return [namespace, entity.kind, entity.metadata.name]
    .map(part => part.toLocaleLowerCase('en-US'))
    .join('/');
}

function buildSite(name, outDir) {
  const siteDir = join(sitesDir, name);
  const mkdocs = parse(readFileSync(join(siteDir, 'mkdocs.yml'), 'utf8'));
  const siteOut = join(outDir, entityFolder(siteDir));
  execFileSync('mkdocs', ['build', '--strict', '--quiet', '-d', siteOut], {
    cwd: siteDir,
    // Debian's Python packages print deprecation warnings of their own.
    env: { ...process.env, PYTHONWARNINGS: 'ignore' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const file of filesUnder(siteOut)) {
    if (UNUSED.some(pattern => pattern.test(file))) {
      rmSync(join(siteOut, file));
    }
  }
  const files = filesUnder(siteOut);
  const hash = createHash('sha256');
  for (const file of files)
    hash.update(file).update(readFileSync(join(siteOut, file)));
  const metadata = {
    site_name: mkdocs.site_name,
    site_description: mkdocs.site_description ?? '',
    etag: hash.digest('hex').slice(0, 40),
    // A site may pretend to have been built long ago (extra.sample_build_date
    // in its mkdocs.yml), so that the coverage view has a stale site to show.
    build_timestamp: mkdocs.extra?.sample_build_date
      ? Date.parse(mkdocs.extra.sample_build_date)
      : Date.now(),
    files,
  };
  writeFileSync(
    join(siteOut, 'techdocs_metadata.json'),
    `${JSON.stringify(metadata, null, 2)}\n`,
  );
  return entityFolder(siteDir);
}

/** The published tree as comparable text, without build_timestamp. */
function snapshot(dir) {
  if (!existsSync(dir)) return new Map();
  return new Map(
    filesUnder(dir).map(file => {
      let content = readFileSync(join(dir, file), 'utf8');
      if (file.endsWith('techdocs_metadata.json')) {
        const { build_timestamp: _, ...rest } = JSON.parse(content);
        content = JSON.stringify(rest);
      }
      return [file, content];
    }),
  );
}

function requireMkdocs() {
  try {
    execFileSync('mkdocs', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(
      'mkdocs is not installed; on Debian: apt-get install mkdocs mkdocs-material',
    );
    process.exit(1);
  }
}

requireMkdocs();
const sites = readdirSync(sitesDir).filter(name =>
  existsSync(join(sitesDir, name, 'mkdocs.yml')),
);
const outDir = mkdtempSync(join(tmpdir(), 'persona-docs-sites-'));
try {
  const folders = sites.map(name => buildSite(name, outDir));
  if (check) {
    const fresh = snapshot(outDir);
    const committed = snapshot(publishDir);
    const differing = [...new Set([...fresh.keys(), ...committed.keys()])]
      .filter(file => fresh.get(file) !== committed.get(file))
      .sort();
    if (differing.length > 0) {
      console.error(
        `samples/techdocs does not match samples/sites; run npm run samples:build. Differing files:\n  ${differing
          .slice(0, 20)
          .join('\n  ')}`,
      );
      process.exit(1);
    }
    console.log(
      `samples/techdocs matches samples/sites (${folders.join(', ')})`,
    );
  } else {
    rmSync(publishDir, { recursive: true, force: true });
    cpSync(outDir, publishDir, { recursive: true });
    console.log(`Published ${folders.join(', ')} to samples/techdocs`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
