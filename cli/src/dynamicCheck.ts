/*
 * Checks a dynamic plugin package (what `npm run build:dynamic` makes, and
 * what Red Hat Developer Hub or Backstage's dynamic feature service
 * installs) for the mistakes those hosts skip without a word: a manifest
 * that does not expose the plugin, `backstage.features` missing or naming
 * the wrong kind of feature (RHDH drops every exposed module it does not
 * declare), no config schema (the host then strips `personaDocs` before the
 * browser sees it), and a shared singleton such as React bundled into the
 * remote (the page would run a second React).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What kind of mistake a finding is; the CLI prints the message. */
export type DynamicProblemKind =
  | 'package'
  | 'features'
  | 'manifest'
  | 'exposes'
  | 'config-schema'
  | 'singleton';

/** One mistake in a dynamic plugin package. */
export interface DynamicProblem {
  kind: DynamicProblemKind;
  message: string;
}

/** What the check found. */
export interface DynamicCheckResult {
  problems: DynamicProblem[];
  /** `backstage.features` as declared, entry point to feature type. */
  features: Record<string, string>;
  /** The module names the remote's manifest exposes. */
  exposes: string[];
}

/**
 * The singletons a Backstage host shares with remotes: backstage-cli's
 * module-federation defaults (`@backstage/module-federation-common`,
 * `defaultRemoteSharedDependencies()`), which dynamicCheck.test.ts keeps in
 * step. `fallback: false`: the remote must not even carry a copy of its own.
 * The list holds whole packages only; `@material-ui/core/styles` is shared
 * too, but files of `@material-ui/core` rightly sit in other chunks.
 */
export const SHARED_SINGLETONS: ReadonlyArray<{
  name: string;
  fallback: boolean;
}> = [
  { name: 'react', fallback: false },
  { name: 'react-dom', fallback: false },
  { name: 'react-router', fallback: false },
  { name: 'react-router-dom', fallback: false },
  { name: '@material-ui/styles', fallback: true },
  { name: '@emotion/react', fallback: true },
];

const FRONTEND_FEATURE_TYPES = [
  '@backstage/FrontendPlugin',
  '@backstage/FrontendModule',
];
const FRONTEND_ROLES = ['frontend-plugin', 'frontend-plugin-module'];
const MANIFEST = 'mf-manifest.json';

/**
 * React's and React DOM's own modules assign their internals; the code that
 * uses React only reads them. For chunks without source maps.
 */
const REACT_DEFINITION =
  /\.(__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED|__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE)\s*=[^=]/;

/** React's JSX runtime is small, reads the shared React, and is not shared. */
const ALLOWED_BUNDLED =
  /node_modules\/react\/(jsx-runtime|jsx-dev-runtime|cjs\/react-jsx)/;

interface Manifest {
  name?: unknown;
  metaData?: { remoteEntry?: { name?: unknown; path?: unknown } };
  exposes?: Array<{ name?: unknown; assets?: Assets }>;
  shared?: Array<{ name?: unknown; singleton?: unknown; assets?: Assets }>;
}
interface Assets {
  js?: { sync?: string[]; async?: string[] };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function assetFiles(assets?: Assets): string[] {
  return [...(assets?.js?.sync ?? []), ...(assets?.js?.async ?? [])];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(file => statSync(file).isFile());
}

/** `./alpha` in backstage.features is `alpha` in the manifest; `.` is `.`. */
function exposedName(entryPoint: string): string {
  return entryPoint === '.' ? '.' : entryPoint.replace(/^\.\//, '');
}

function checkPackage(pkg: any, problems: DynamicProblem[]) {
  const role = pkg?.backstage?.role;
  if (!FRONTEND_ROLES.includes(role)) {
    problems.push({
      kind: 'package',
      message: `backstage.role is ${JSON.stringify(
        role,
      )}; a dynamic frontend plugin is one of ${FRONTEND_ROLES.join(', ')}`,
    });
  }
  if (typeof pkg?.main !== 'string') {
    problems.push({
      kind: 'package',
      message:
        'package.json has no "main": the dynamic plugin scanner skips the package',
    });
  }
  const features = pkg?.backstage?.features;
  if (!features || typeof features !== 'object' || Array.isArray(features)) {
    problems.push({
      kind: 'features',
      message:
        'package.json has no backstage.features: Red Hat Developer Hub drops every exposed module it does not declare, so the plugin does not load (declare "./alpha": "@backstage/FrontendPlugin"; `npm pack` writes it)',
    });
    return {};
  }
  for (const [entryPoint, type] of Object.entries(features)) {
    if (!FRONTEND_FEATURE_TYPES.includes(type as string)) {
      problems.push({
        kind: 'features',
        message: `backstage.features declares ${entryPoint} as ${JSON.stringify(
          type,
        )}; a frontend host loads only ${FRONTEND_FEATURE_TYPES.join(' or ')}`,
      });
    }
  }
  return features as Record<string, string>;
}

function checkManifest(
  distDir: string,
  manifest: Manifest,
  features: Record<string, string>,
  problems: DynamicProblem[],
): string[] {
  const entry = manifest.metaData?.remoteEntry;
  if (typeof manifest.name !== 'string' || typeof entry?.name !== 'string') {
    problems.push({
      kind: 'manifest',
      message: `${MANIFEST} has no name or no metaData.remoteEntry.name: the host skips it`,
    });
  } else if (!existsSync(join(distDir, String(entry.path ?? ''), entry.name))) {
    problems.push({
      kind: 'manifest',
      message: `The remote entry ${entry.name} named by ${MANIFEST} is missing`,
    });
  }
  const exposes = (manifest.exposes ?? []).map(e => String(e.name));
  const plugins = Object.entries(features).filter(
    ([, type]) => type === '@backstage/FrontendPlugin',
  );
  for (const [entryPoint, type] of Object.entries(features)) {
    if (!exposes.includes(exposedName(entryPoint))) {
      problems.push({
        kind: 'exposes',
        message: `backstage.features declares ${entryPoint} (${type}), but the remote does not expose it (it exposes ${
          exposes.join(', ') || 'nothing'
        })`,
      });
    }
  }
  if (
    Object.keys(features).length > 0 &&
    !plugins.some(([entryPoint]) => exposes.includes(exposedName(entryPoint)))
  ) {
    problems.push({
      kind: 'exposes',
      message:
        'No exposed module is declared as a @backstage/FrontendPlugin: the host would load no plugin',
    });
  }
  for (const exposed of manifest.exposes ?? []) {
    const missing = assetFiles(exposed.assets).filter(
      file => !existsSync(join(distDir, file)),
    );
    if (missing.length > 0) {
      problems.push({
        kind: 'manifest',
        message: `${String(exposed.name)} needs ${missing.join(
          ', ',
        )}, which the package lacks`,
      });
    }
  }
  return exposes;
}

function checkConfigSchema(distDir: string, problems: DynamicProblem[]) {
  const file = join(distDir, '.config-schema.json');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (!text.includes('"personaDocs"')) {
    problems.push({
      kind: 'config-schema',
      message:
        'dist/.config-schema.json does not declare personaDocs: the host removes that config before the browser sees it, and the page says the plugin is not configured',
    });
  }
}

/** Where no source map tells which, React's signature may be React DOM's. */
const REACT_OR_DOM = 'react or react-dom';

/**
 * The chunks holding files of each singleton package: from the chunks'
 * source maps, or from React's signature in a chunk that has none.
 */
function bundledSingletons(distDir: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const note = (name: string, chunk: string) =>
    found.set(name, (found.get(name) ?? new Set()).add(chunk));
  for (const file of filesUnder(distDir).filter(f => f.endsWith('.js'))) {
    const chunk = relative(distDir, file);
    if (!existsSync(`${file}.map`)) {
      if (REACT_DEFINITION.test(readFileSync(file, 'utf8'))) {
        note(REACT_OR_DOM, chunk);
      }
      continue;
    }
    const sources: unknown = (readJson(`${file}.map`) as any)?.sources;
    for (const source of Array.isArray(sources) ? sources : []) {
      if (typeof source !== 'string' || ALLOWED_BUNDLED.test(source)) continue;
      for (const { name } of SHARED_SINGLETONS) {
        if (source.includes(`node_modules/${name}/`)) note(name, chunk);
      }
    }
  }
  return found;
}

function checkSingletons(
  distDir: string,
  manifest: Manifest,
  problems: DynamicProblem[],
) {
  const shared = new Map(
    (manifest.shared ?? []).map(s => [String(s.name), s] as const),
  );
  const bundled = bundledSingletons(distDir);
  const singletons = [
    ...SHARED_SINGLETONS,
    { name: REACT_OR_DOM, fallback: false },
  ];
  for (const { name, fallback } of singletons) {
    const entry = shared.get(name);
    if (entry && entry.singleton !== true) {
      problems.push({
        kind: 'singleton',
        message: `${name} is shared, but not as a singleton: the host's copy and the remote's could both run`,
      });
    }
    const allowed = new Set(fallback ? assetFiles(entry?.assets) : []);
    const chunks = [...(bundled.get(name) ?? [])].filter(c => !allowed.has(c));
    if (chunks.length > 0) {
      problems.push({
        kind: 'singleton',
        message: `${name} is bundled into the remote (${chunks
          .slice(0, 3)
          .join(', ')}${
          chunks.length > 3 ? ', …' : ''
        }): the browser would load a second copy beside the host's; share it as a singleton${
          fallback ? '' : ' with import: false'
        }, as backstage-cli's module-federation build does`,
      });
    }
  }
}

/**
 * Checks the dynamic plugin package in `dir`: its package.json, and the
 * module-federation remote in its dist/ folder.
 */
export function checkDynamicPlugin(dir: string): DynamicCheckResult {
  const problems: DynamicProblem[] = [];
  const packageFile = join(dir, 'package.json');
  if (!existsSync(packageFile)) {
    problems.push({
      kind: 'package',
      message: `${packageFile} does not exist: name the folder of the dynamic plugin package (dist-dynamic)`,
    });
    return { problems, features: {}, exposes: [] };
  }
  const features = checkPackage(readJson(packageFile), problems);
  const distDir = join(dir, 'dist');
  const manifestFile = join(distDir, MANIFEST);
  if (!existsSync(manifestFile)) {
    const scalprumOnly = existsSync(join(dir, 'dist-scalprum'));
    problems.push({
      kind: 'manifest',
      message: `dist/${MANIFEST} is missing: no module-federation remote, so Backstage and Red Hat Developer Hub 2.x load nothing${
        scalprumOnly ? ' (dist-scalprum/ serves only RHDH 1.x)' : ''
      }`,
    });
    return { problems, features, exposes: [] };
  }
  const manifest = readJson(manifestFile) as Manifest;
  const exposes = checkManifest(distDir, manifest, features, problems);
  checkConfigSchema(distDir, problems);
  checkSingletons(distDir, manifest, problems);
  return { problems, features, exposes };
}
