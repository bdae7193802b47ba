import { ConfigReader } from '@backstage/config';
import { ConfigSources } from '@backstage/config-loader';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readPersonaDocsConfig } from '../../src/config/readPersonaDocsConfig';
import { describeError } from '../../src/model/text';
import { checkAgainstBackend, docsReferences } from './backendCheck';
import { checkConfigFiles, ConfigFilesError } from './configFiles';
import { KeyPositions } from './keyPositions';
import { checkSites, readSitePages } from './siteCheck';

/** One problem, where it is written and what is wrong. */
export interface ValidationProblem {
  file?: string;
  line?: number;
  column?: number;
  key: string;
  message: string;
  /**
   * `config` for the reader's problems, `backend` for the backend check,
   * `site` for the check against the sites' pages and nav.
   */
  source: 'config' | 'backend' | 'site';
}

export interface ValidateOptions {
  /** Config files in merge order; app-config.yaml (and .local) by default. */
  configFiles: string[];
  cwd: string;
  /** A running backend to check `docs` entries against. */
  backendUrl?: string;
  token?: string;
  env?: Record<string, string | undefined>;
  /** Sites to compare the entries with: `[entity-ref=]mkdocs.yml|site dir`. */
  sites?: string[];
  /** Globs of pages no entry needs to reach. */
  ignorePages?: string[];
}

/** A `--site` that cannot be read. */
export class SiteReadError extends Error {}

/** The files Backstage reads when none are given. */
export function defaultConfigFiles(cwd: string): string[] {
  return ['app-config.yaml', 'app-config.local.yaml']
    .map(file => resolve(cwd, file))
    .filter(file => existsSync(file));
}

/** Reads and merges config files as Backstage does: `$include`, `$env`, `${VAR}`. */
export async function loadConfig(
  files: readonly string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<ConfigReader> {
  const source = ConfigSources.defaultForTargets({
    rootDir: cwd,
    // A one-off check: without this the loader keeps watching the files
    // and the process never exits.
    watch: false,
    targets: files.map(file => ({ type: 'path' as const, target: file })),
    substitutionFunc: async name => env[name]?.trim(),
  });
  for await (const { configs } of source.readConfigData()) {
    return ConfigReader.fromConfigs(configs);
  }
  return new ConfigReader({});
}

/**
 * Loads the files as {@link loadConfig} does, naming the file in any error:
 * the loader's own messages often do not say which of several files failed.
 */
async function loadConfigNamingFiles(
  files: readonly string[],
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<ConfigReader> {
  const name = (file: string) => relative(cwd, file) || file;
  try {
    return await loadConfig(files, cwd, env);
  } catch (error) {
    if (files.length > 1) {
      for (const file of files) {
        await loadConfig([file], cwd, env).catch(alone => {
          throw new ConfigFilesError([
            `${name(file)}: ${describeError(alone)}`,
          ]);
        });
      }
    }
    throw new ConfigFilesError([
      `${files.map(name).join(', ')}: ${describeError(error)}`,
    ]);
  }
}

/**
 * Checks the personaDocs block of app-config files with the reader the page
 * uses, so the two never disagree, and, given a backend, whether the sites
 * its `docs` entries name exist. Problems come with file, line and column.
 */
export async function validate(
  options: ValidateOptions,
): Promise<ValidationProblem[]> {
  const files = options.configFiles.map(file => resolve(options.cwd, file));
  const env = options.env ?? process.env;
  checkConfigFiles(files, options.cwd);
  const config = await loadConfigNamingFiles(files, options.cwd, env);
  const positions = new KeyPositions(files);
  const place = (key: string) => {
    const position = positions.find(key);
    return position
      ? {
          ...position,
          file: relative(options.cwd, position.file) || position.file,
        }
      : {};
  };
  const model = readPersonaDocsConfig(config);
  const problems: ValidationProblem[] = model.problems.map(problem => ({
    ...place(problem.key),
    key: problem.key,
    message: problem.message,
    source: 'config',
  }));
  if (!config.has('personaDocs')) {
    problems.push({
      key: 'personaDocs',
      message: `missing: ${files
        .map(file => relative(options.cwd, file) || file)
        .join(', ')} ${
        files.length === 1 ? 'has' : 'have'
      } no personaDocs block, so the page would show only empty default sections`,
      source: 'config',
    });
  }
  if (options.sites?.length) {
    let sites;
    try {
      sites = options.sites.map(site => readSitePages(site, options.cwd));
    } catch (error) {
      throw new SiteReadError(describeError(error));
    }
    let data: unknown;
    try {
      data = config.getOptional('personaDocs');
    } catch {
      data = undefined; // the reader has reported why
    }
    for (const finding of checkSites(
      data,
      sites,
      options.cwd,
      options.ignorePages,
    )) {
      problems.push({
        ...(finding.file
          ? { file: finding.file, line: 1, column: 1 }
          : place(finding.key)),
        key: finding.key,
        message: finding.message,
        source: 'site',
      });
    }
  }
  if (options.backendUrl) {
    let data: unknown;
    try {
      data = config.getOptional('personaDocs');
    } catch (error) {
      data = undefined;
      problems.push({
        key: 'personaDocs',
        message: `could not be read: ${describeError(error)}`,
        source: 'config',
      });
    }
    const findings = await checkAgainstBackend(docsReferences(data), {
      baseUrl: options.backendUrl,
      token: options.token,
    });
    for (const finding of findings) {
      problems.push({ ...place(finding.key), ...finding, source: 'backend' });
    }
  }
  return problems;
}

/** A problem as one line: `app-config.yaml:12:9 personaDocs.x: message`. */
export function formatProblemLine(problem: ValidationProblem): string {
  const where = problem.file
    ? `${problem.file}:${problem.line}:${problem.column} `
    : '';
  return `${where}${problem.key}: ${problem.message}`;
}
