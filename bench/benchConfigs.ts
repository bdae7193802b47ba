import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { readPersonaDocsConfig } from '../src/config/readPersonaDocsConfig';
import { DocsEntry, PersonaDocsModel } from '../src/model/types';
import { DocsTreeIndex } from '../src/tree/DocsTreeIndex';
import {
  BENCH_DOCS_ENTITIES,
  benchDocsEntities,
  benchEntityKey,
} from './app/benchEntities';
import { generatePersonaDocsConfig } from './generatePersonaDocsConfig';

/** The package root. */
export const ROOT = resolve(__dirname, '..');
/** Where the bench writes generated configs, bundles and traces. */
export const BENCH_CACHE = join(
  ROOT,
  'node_modules',
  '.cache',
  'persona-docs-bench',
);
/** The dev apps' own personaDocs block: "the default dev config". */
export const DEFAULT_DEV_CONFIG = join(
  ROOT,
  'dev',
  'app-config.persona-docs.yaml',
);

/** A config the bench runs the app with, and what the app will make of it. */
export interface BenchConfig {
  /** The app-config file; undefined for the dev app's default. */
  file?: string;
  model: PersonaDocsModel;
  /** Entries the persona page counts for "All personas". */
  total: number;
}

/**
 * Writes the page bench's config: 2,000 entries whose docs entries point
 * into the bench app's 2,000 docs entities, and checks that they do.
 */
export function writeBenchConfig(entries = 2_000): BenchConfig {
  const personaDocs = generatePersonaDocsConfig({
    entries,
    sites: BENCH_DOCS_ENTITIES,
  });
  mkdirSync(BENCH_CACHE, { recursive: true });
  const file = join(BENCH_CACHE, `app-config.${entries}-entries.yaml`);
  writeFileSync(file, stringify({ personaDocs }));
  const config = readBenchConfig(file);

  const known = new Set(
    benchDocsEntities().map(e =>
      benchEntityKey({ ...e.metadata, kind: e.kind }),
    ),
  );
  const unknown = config.model.sections
    .flatMap(section => docsRefs(section.entries))
    .filter(ref => !known.has(ref));
  if (
    unknown.length > 0 ||
    config.model.problems.length > 0 ||
    config.total !== entries
  ) {
    throw new Error(
      `The generated bench config does not match the bench app: ${unknown.length} unknown entities, ` +
        `${config.model.problems.length} problems, ${config.total} entries`,
    );
  }
  return config;
}

/** Reads the personaDocs block of an app-config file as the app does. */
export function readBenchConfig(file: string): BenchConfig {
  const data = parse(readFileSync(file, 'utf8')) as JsonObject;
  const model = readPersonaDocsConfig(new ConfigReader(data));
  const total = DocsTreeIndex.fromModel(model)
    .filter('all', '')
    .sections.reduce((sum, section) => sum + section.count, 0);
  return { file: file === DEFAULT_DEV_CONFIG ? undefined : file, model, total };
}

function docsRefs(entries: DocsEntry[]): string[] {
  return entries.flatMap(entry => [
    ...(entry.target?.type === 'techdocs'
      ? [benchEntityKey(entry.target)]
      : []),
    ...docsRefs(entry.children),
  ]);
}
