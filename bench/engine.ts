import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { readPersonaDocsConfig } from '../src/config/readPersonaDocsConfig';
import { ALL_PERSONAS } from '../src/model/types';
import { DocsTreeIndex } from '../src/tree/DocsTreeIndex';
import { generatePersonaDocsConfig } from '../fixtures/generatePersonaDocsConfig';
import { median, percentile } from './stats';

/** Words a reader would start typing; prefixes of 1–6 characters are used. */
const TYPED_WORDS = [
  'kubernetes',
  'catalog',
  'install',
  'permissions',
  'monitoring',
  'secrets',
  'upgrade',
  'zebra', // matches nothing beyond its first letters
];

/** Timing of the engine for one config size. */
export interface EngineSizeResult {
  entries: number;
  /** Config problems the reader reported; a generated config should have none. */
  problems: number;
  /** Median of `readPersonaDocsConfig(new ConfigReader(...))`, ms. */
  readMs: number;
  /** Median of `DocsTreeIndex.fromModel`, ms. */
  indexMs: number;
  /** Median and p95 of one `filter(persona, prefix)` call, ms. */
  filterMedianMs: number;
  filterP95Ms: number;
  /** How many filter calls were timed. */
  samples: number;
  /** Heap the model and index keep, MB (needs --expose-gc). */
  heapMb: number;
}

/** Result of {@link runEngineBench}. */
export interface EngineResult {
  sizes: EngineSizeResult[];
  /**
   * Exponent b of filter time ∝ entries^b between the smallest and the
   * largest size: 1 is linear, below 1 better than linear.
   */
  growthExponent: number;
  /** Median filter cost per entry at the largest size over the smallest. */
  perEntryRatio: number;
}

/** Options of {@link runEngineBench}. */
export interface EngineOptions {
  sizes?: number[];
  /** Minimum time spent timing filter calls per size, ms. */
  minTimeMs?: number;
  log?: (line: string) => void;
}

/** The typed prefixes: 1 to 6 characters of every word, as a reader types. */
export function typedPrefixes(): string[] {
  return TYPED_WORDS.flatMap(word =>
    [1, 2, 3, 4, 5, 6].map(n => word.slice(0, n)),
  );
}

/**
 * Measures the engine in Node on the real code path of the app: the config
 * reader behind a `ConfigReader`, then one `DocsTreeIndex` per config and
 * `filter(persona, prefix)` for every persona, "all" and every typed prefix,
 * after a warm-up, repeated until enough samples are in.
 */
export function runEngineBench(options: EngineOptions = {}): EngineResult {
  const sizes = options.sizes ?? [1_000, 10_000, 100_000];
  const log = options.log ?? (() => {});
  const results = sizes.map(entries => {
    const result = benchSize(entries, options.minTimeMs ?? 3_000);
    log(
      `engine ${entries} entries: filter median ${result.filterMedianMs.toFixed(
        3,
      )} ms over ${result.samples} calls`,
    );
    return result;
  });
  const first = results[0];
  const last = results[results.length - 1];
  const growthExponent =
    Math.log(last.filterMedianMs / first.filterMedianMs) /
    Math.log(last.entries / first.entries);
  const perEntryRatio =
    last.filterMedianMs / last.entries / (first.filterMedianMs / first.entries);
  return { sizes: results, growthExponent, perEntryRatio };
}

function benchSize(entries: number, minTimeMs: number): EngineSizeResult {
  // The generator returns plain JSON data, as parsed from app-config YAML.
  const personaDocs = generatePersonaDocsConfig({ entries }) as JsonObject;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;

  // Reading happens once per page load; a single read varies by a few ms
  // with the garbage collector, so up to 10,000 entries the median is of
  // fifteen reads, beyond that of five. The first (cold JIT) is left out.
  const reads = entries <= 10_000 ? 16 : 6;
  const readTimes: number[] = [];
  const indexTimes: number[] = [];
  let index: DocsTreeIndex | undefined;
  for (let i = 0; i < reads; i++) {
    const config = new ConfigReader({ personaDocs });
    const t0 = performance.now();
    const model = readPersonaDocsConfig(config);
    const t1 = performance.now();
    index = DocsTreeIndex.fromModel(model);
    const t2 = performance.now();
    if (i > 0) {
      readTimes.push(t1 - t0);
      indexTimes.push(t2 - t1);
    }
  }
  const built = index!;
  collectGarbage();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const samples = timeFilters(built, minTimeMs);
  return {
    entries: built.size,
    problems: built.model.problems.length,
    readMs: median(readTimes),
    indexMs: median(indexTimes),
    filterMedianMs: median(samples),
    filterP95Ms: percentile(samples, 95),
    samples: samples.length,
    heapMb,
  };
}

/**
 * Times `filter(persona, prefix)` for "all" and every persona with every
 * typed prefix, in rounds: three to warm up (the JIT, and each persona's
 * cached view, which the page also computes once and keeps), then at least
 * five timed ones, more until `minTimeMs` has passed (at most 400).
 */
export function timeFilters(index: DocsTreeIndex, minTimeMs: number): number[] {
  const personas = [ALL_PERSONAS, ...index.model.personas.map(p => p.id)];
  const prefixes = typedPrefixes();
  const round = (record?: number[]) => {
    for (const persona of personas) {
      for (const prefix of prefixes) {
        const t0 = performance.now();
        index.filter(persona, prefix);
        const elapsed = performance.now() - t0;
        record?.push(elapsed);
      }
    }
  };
  for (let i = 0; i < 3; i++) round();
  collectGarbage();
  const samples: number[] = [];
  const start = performance.now();
  let rounds = 0;
  while (
    rounds < 5 ||
    (performance.now() - start < minTimeMs && rounds < 400)
  ) {
    round(samples);
    rounds++;
  }
  return samples;
}

// Collecting between phases keeps one size's garbage out of the next one's
// timings; available when node runs with --expose-gc, as `npm run bench` does.
function collectGarbage() {
  (globalThis as { gc?: () => void }).gc?.();
}
