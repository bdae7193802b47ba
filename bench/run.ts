/* eslint-disable no-console */
import { execFileSync } from 'node:child_process';
import { measureEntry } from './appStart';
import { runCatalogBench } from './catalog';
import { runEngineBench } from './engine';
import { formatMs } from './stats';

interface Row {
  measure: string;
  result: string;
  target?: string;
  pass?: boolean;
}

function kB(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

async function main() {
  const rows: Row[] = [];
  const log = (line: string) => console.error(`  ${line}`);

  console.error('App start: the entry points, minified, packages left out');
  for (const entry of ['src/alpha.tsx', 'src/index.ts']) {
    const size = await measureEntry(entry);
    rows.push({
      measure: `Initial load, ${entry} (later chunks ${kB(
        size.lazyGzipBytes,
      )} gz)`,
      result: `${kB(size.gzipBytes)} gz (${kB(size.bytes)})`,
      target: '≤ 5 kB gz',
      pass: size.gzipBytes <= 5 * 1024,
    });
  }

  console.error('Engine: generated configs, read, indexed, filtered');
  const engine = runEngineBench({ log });
  for (const size of engine.sizes) {
    rows.push({
      measure: `Engine ${size.entries.toLocaleString(
        'en-US',
      )} entries: read config / build index, heap kept`,
      result: `${formatMs(size.readMs)} / ${formatMs(
        size.indexMs,
      )}, ${size.heapMb.toFixed(0)} MB`,
      ...(size.entries === 10_000 && {
        target: 'read + index ≤ 30 ms',
        pass: size.readMs + size.indexMs <= 30,
      }),
    });
    rows.push({
      measure: `Engine ${size.entries.toLocaleString(
        'en-US',
      )} entries: filter + search, median (p95)`,
      result: `${formatMs(size.filterMedianMs)} (${formatMs(
        size.filterP95Ms,
      )})`,
      ...(size.entries === 100_000 && {
        target: '≤ 5 ms median',
        pass: size.filterMedianMs <= 5,
      }),
    });
    if (size.problems > 0) {
      throw new Error(`generated config has ${size.problems} problems`);
    }
  }
  rows.push({
    measure: `Engine growth ${engine.sizes[0].entries.toLocaleString(
      'en-US',
    )} → ${engine.sizes[engine.sizes.length - 1].entries.toLocaleString(
      'en-US',
    )}: time ∝ entries^b`,
    result: `b = ${engine.growthExponent.toFixed(2)}`,
    target: 'b ≤ 1.1',
    pass: engine.growthExponent <= 1.1,
  });

  console.error('Catalog: 5,000 entities merged into a group');
  const catalog = runCatalogBench(5_000);
  rows.push({
    measure: `Catalog tree, ${catalog.entities.toLocaleString(
      'en-US',
    )} entities: merge / index (${catalog.merged} entries placed)`,
    result: `${formatMs(catalog.mergeMs)} / ${formatMs(catalog.indexMs)}`,
  });
  rows.push({
    measure: `Catalog tree, ${catalog.entities.toLocaleString(
      'en-US',
    )} entities: filter + search, median (p95)`,
    result: `${formatMs(catalog.filterMedianMs)} (${formatMs(
      catalog.filterP95Ms,
    )})`,
    target: '≤ 2 ms median',
    pass: catalog.filterMedianMs <= 2,
  });
  if (catalog.merged !== catalog.entities) {
    throw new Error(
      `the catalog bench placed ${catalog.merged} of ${catalog.entities} entities`,
    );
  }

  let code = 'unknown';
  try {
    code = execFileSync('git', ['rev-parse', '--short', 'HEAD'])
      .toString()
      .trim();
  } catch {
    // not a git checkout
  }
  console.log(
    `Run: ${new Date()
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ')} UTC, code ${code}; Node ${process.version}\n`,
  );
  console.log('| Measure | Result | Target | Status |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) {
    const status = row.pass === undefined ? '' : row.pass ? 'pass' : 'MISS';
    console.log(
      `| ${row.measure} | ${row.result} | ${row.target ?? ''} | ${status} |`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
