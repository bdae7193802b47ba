import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument } from 'yaml';

/** The parts of an `mkdocs.yml` the importer and `validate --site` use. */
export interface MkDocsProject {
  /** The mkdocs.yml file, absolute. */
  configFile: string;
  siteName?: string;
  /** docs_dir, absolute. */
  docsDir: string;
  useDirectoryUrls: boolean;
  /** The `nav` as written; undefined when the file has none. */
  nav?: unknown;
}

const MAX_INHERIT_DEPTH = 10;

/** A directory holding mkdocs.yml (or mkdocs.yaml) is taken for the file. */
export function findMkDocsConfig(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    for (const name of ['mkdocs.yml', 'mkdocs.yaml']) {
      if (existsSync(join(path, name))) return join(path, name);
    }
    throw new Error(`no mkdocs.yml in ${path}`);
  }
  return path;
}

function readYamlMapping(file: string): Record<string, unknown> {
  // MkDocs configs carry Python tags (`!!python/name:`, `!ENV`,
  // `!relative`); the yaml library keeps their plain values and only warns,
  // which is what a reader of nav and docs_dir needs.
  const document = parseDocument(readFileSync(file, 'utf8'), {
    uniqueKeys: false,
  });
  if (document.errors.length > 0) {
    throw new Error(`${file} is not valid YAML: ${document.errors[0].message}`);
  }
  const value = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file} is not a mapping of MkDocs settings`);
  }
  return value as Record<string, unknown>;
}

/** MkDocs' `INHERIT`: the parent's settings under the file's own, deeply. */
function readWithInherit(file: string, depth: number): Record<string, unknown> {
  const own = readYamlMapping(file);
  const parent = own.INHERIT;
  if (typeof parent !== 'string') return own;
  if (depth >= MAX_INHERIT_DEPTH) {
    throw new Error(`${file}: INHERIT nested deeper than ${MAX_INHERIT_DEPTH}`);
  }
  const base = readWithInherit(resolve(dirname(file), parent), depth + 1);
  const { INHERIT: _, ...rest } = own;
  return mergeDeep(base, rest);
}

function mergeDeep(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] =
      isMapping(under) && isMapping(value) ? mergeDeep(under, value) : value;
  }
  return merged;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an MkDocs project from its mkdocs.yml (or the folder holding it). */
export function readMkDocsProject(path: string): MkDocsProject {
  const configFile = resolve(findMkDocsConfig(path));
  const settings = readWithInherit(configFile, 0);
  const docsDirSetting =
    typeof settings.docs_dir === 'string' ? settings.docs_dir : 'docs';
  const docsDir = resolve(dirname(configFile), docsDirSetting);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    throw new Error(`${configFile}: docs_dir ${docsDir} is not a folder`);
  }
  return {
    configFile,
    ...(typeof settings.site_name === 'string' && {
      siteName: settings.site_name,
    }),
    docsDir,
    useDirectoryUrls: settings.use_directory_urls !== false,
    ...(settings.nav !== undefined &&
      settings.nav !== null && { nav: settings.nav }),
  };
}
