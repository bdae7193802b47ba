/* eslint-disable no-console */
import { Browser } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { DevApp, startDevApp } from '../e2e-tests/devAppServer';
import {
  BENCH_CACHE,
  BenchConfig,
  DEFAULT_DEV_CONFIG,
  readBenchConfig,
  writeBenchConfig,
} from './benchConfigs';
import { BENCHMARKS_DOC, runFacts, writeBenchmarksDoc } from './benchmarksDoc';
import { chromiumProblem, launchChromium } from './browser';
import { runEngineBench } from './engine';
import { runPageBench } from './page';
import { BenchResults, formatTable, resultRows } from './report';
import { measureRequests } from './requests';

type Part = 'engine' | 'page' | 'requests';
const PARTS: Part[] = ['engine', 'page', 'requests'];
/** Away from the e2e tests' ports (3131–3162), so both can run at once. */
const PORTS = { bench: 3191, defaultConfig: 3192 };

interface Args {
  only: Part[];
  runs: number;
  trace: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { only: PARTS, runs: 7, trace: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') {
      args.only = value().split(',') as Part[];
      const unknown = args.only.filter(part => !PARTS.includes(part));
      if (unknown.length)
        throw new Error(
          `Unknown part ${unknown.join(', ')}; use ${PARTS.join(', ')}`,
        );
    } else if (flag === '--runs') {
      args.runs = Number(value());
      if (!(args.runs >= 5))
        throw new Error('--runs takes a number of at least 5');
    } else if (flag === '--trace') {
      args.trace = true;
    } else {
      throw new Error(`Unknown argument ${argv[i]}; see docs/benchmarks.md`);
    }
  }
  return args;
}

// Dev apps run in their own process groups, which a Ctrl-C in the terminal
// does not reach: stop them here on the way out, whatever the way out is.
const running = new Set<DevApp>();
async function stopAll() {
  await Promise.all([...running].map(app => app.stop()));
  running.clear();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench app`);
    stopAll().finally(() => process.exit(130));
  });
}

async function withDevApp<T>(
  port: number,
  config: BenchConfig,
  run: (baseUrl: string) => Promise<T>,
): Promise<T> {
  await assertPortFree(port);
  const app = await startDevApp({
    system: 'new',
    port,
    configFile: config.file,
    entrypoint: 'bench/app',
  });
  running.add(app);
  try {
    return await run(app.baseUrl);
  } finally {
    running.delete(app);
    await app.stop();
  }
}

// A server already on the port would answer the readiness check and be
// measured in place of the bench app.
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new Error(
          `Port ${port} is in use; stop whatever listens there and retry.`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const needsBrowser = args.only.some(part => part !== 'engine');
  const problem = needsBrowser ? chromiumProblem() : undefined;
  if (problem) throw new Error(problem);
  mkdirSync(BENCH_CACHE, { recursive: true });
  const log = (line: string) => console.log(`  ${line}`);
  const results: BenchResults = { requests: [] };

  if (args.only.includes('engine')) {
    console.log('1. Engine');
    results.engine = runEngineBench({ log });
  }

  let browser: Browser | undefined;
  let chromiumVersion: string | undefined;
  try {
    if (needsBrowser) {
      browser = await launchChromium();
      chromiumVersion = browser.version();
      const bench = writeBenchConfig();
      console.log('2./3. Bench app with the 2,000-entry config');
      await withDevApp(PORTS.bench, bench, async baseUrl => {
        if (args.only.includes('page')) {
          results.page = await runPageBench({
            browser: browser!,
            baseUrl,
            total: bench.total,
            runs: args.runs,
            traceDir: args.trace ? BENCH_CACHE : undefined,
            log,
          });
        }
        if (args.only.includes('requests')) {
          results.requests.push(
            await measureRequests({
              browser: browser!,
              baseUrl,
              label: '2,000-entry config',
              ...bench,
            }),
          );
        }
      });
      if (args.only.includes('requests')) {
        console.log('3. Bench app with the default dev config');
        const defaults = readBenchConfig(DEFAULT_DEV_CONFIG);
        await withDevApp(PORTS.defaultConfig, defaults, async baseUrl => {
          results.requests.unshift(
            await measureRequests({
              browser: browser!,
              baseUrl,
              label: 'default dev config',
              ...defaults,
            }),
          );
        });
      }
    }
  } finally {
    await browser?.close();
    await stopAll();
  }

  const rows = resultRows(results);
  console.log(`\n${formatTable(rows)}\n`);
  writeBenchmarksDoc(
    rows,
    results,
    runFacts(chromiumVersion),
    args.only.length === PARTS.length,
  );
  console.log(`Written to ${BENCHMARKS_DOC}`);
}

main().catch(async error => {
  await stopAll();
  console.error(
    `\nnpm run bench failed: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
