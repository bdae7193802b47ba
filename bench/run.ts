/* eslint-disable no-console */
import { execFileSync } from 'node:child_process';
import { measureEntry } from './appStart';
import { runCatalogBench } from './catalog';
import { runEngineBench } from './engine';
import { PageBenchResult, runPageBench } from './pages';
import { median, formatMs, percentile } from './stats';

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
  const engine = runEngineBench({
    log,
    ...(process.argv.includes('--quick') && {
      sizes: [1_000, 10_000],
      minTimeMs: 300,
    }),
  });
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

  if (!process.argv.includes('--no-pages')) {
    // --quick checks the harness in a few minutes; its numbers mean little.
    const quick = process.argv.includes('--quick');
    const runs = quick
      ? 1
      : Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
    const small = await runPageBench({
      entries: quick ? 200 : 2_000,
      sites: quick ? 200 : 2_000,
      runs,
      compareIndex: true,
      log,
    });
    rows.push(...pageRows(small));
    if (!quick) {
      const large = await runPageBench({
        entries: 20_000,
        sites: 2_000,
        runs: 3,
        compareIndex: false,
        log,
      });
      rows.push(...pageRows(large));
    }
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
    let status = '';
    if (row.pass !== undefined) status = row.pass ? 'pass' : 'MISS';
    console.log(
      `| ${row.measure} | ${row.result} | ${row.target ?? ''} | ${status} |`,
    );
  }
}

function ratio(a: number, b: number) {
  return `${Math.round(a)} ms / ${Math.round(b)} ms = ${(a / b).toFixed(2)}×`;
}

/** The table rows of one page bench, after checking it measured what it says. */
function pageRows(result: PageBenchResult): Row[] {
  const n = result.entries.toLocaleString('en-US');
  const { shown, keystrokes, requests } = result;
  if (shown.persona.counted !== result.entries) {
    throw new Error(
      `the persona page counted ${shown.persona.counted} entries`,
    );
  }
  const missed = keystrokes.filter(k => Number.isNaN(k.resultsMs)).length;
  if (keystrokes.length === 0 || missed > 0) {
    throw new Error(
      `${missed} of ${keystrokes.length} keystrokes showed no results`,
    );
  }
  const rows: Row[] = [];
  const persona = median(result.load.persona);
  if (shown.techdocs) {
    if (shown.techdocs.counted < result.sites) {
      throw new Error(
        `the TechDocs index counted ${shown.techdocs.counted} sites`,
      );
    }
    const index = median(result.load.techdocs);
    rows.push({
      measure: `Full load, persona page (${n} entries, ${shown.persona.rows} rows shown) / TechDocs index (${shown.techdocs.counted} sites, ${shown.techdocs.rows} rows shown), production build, median of ${result.load.persona.length}`,
      result: ratio(persona, index),
      target: '≤ 0.5×',
      pass: persona / index <= 0.5,
    });
    rows.push({
      measure: `Full load from the first frame of the app's shell (sidebar), persona page / TechDocs index`,
      result: ratio(
        median(result.afterShell.persona),
        median(result.afterShell.techdocs),
      ),
    });
    for (const profile of result.profiles) {
      rows.push({
        measure: `Main-thread time of one ${profile.kind} page load (CPU profile): total, in scripts with the plugin's page code; top scripts`,
        result: `${Math.round(profile.totalMs)} ms, ${Math.round(
          profile.pluginMs,
        )} ms; ${profile.top
          .slice(0, 3)
          .map(item => `${item.name} ${Math.round(item.ms)} ms`)
          .join(', ')}`,
      });
    }
    if (result.appStart) {
      const start = result.appStart;
      // Without source maps every file would look like the app's.
      if (start.mappedShare < 0.5) {
        throw new Error(
          `source maps placed only ${Math.round(
            start.mappedShare * 100,
          )} % of the app start's script time`,
        );
      }
      if (!start.pluginLoaded) {
        throw new Error(`no script of the app start holds the plugin's files`);
      }
      rows.push({
        measure: `Main-thread time in the plugin's files while the app starts (a catalog page load, CPU profile placed through source maps); persona page chunks fetched`,
        // The profiler samples every 0.1 ms: code that runs for less may
        // not be sampled at all.
        result: `${
          start.pluginMs > 0
            ? formatMs(start.pluginMs)
            : 'no sample (under 0.1 ms)'
        } of ${Math.round(start.totalMs)} ms; ${start.pageChunks} chunks`,
        target: '≤ 2 ms, no page chunks',
        pass: start.pluginMs <= 2 && start.pageChunks === 0,
      });
    }
    const inPersona = median(result.inApp.persona);
    const inIndex = median(result.inApp.techdocs);
    rows.push({
      measure: `In-app navigation from the catalog, persona page / TechDocs index`,
      result: ratio(inPersona, inIndex),
      target: '≤ 0.3×',
      pass: inPersona / inIndex <= 0.3,
    });
  } else {
    rows.push({
      measure: `Full load, persona page (${n} entries, ${shown.persona.rows} rows shown), median of ${result.load.persona.length}`,
      result: `${Math.round(persona)} ms`,
    });
  }
  const results = keystrokes.map(k => k.resultsMs);
  const frames = keystrokes.map(k => k.nextFrameMs);
  const budget = result.entries >= 20_000 ? 100 : 50;
  rows.push({
    measure: `Search keystroke to results shown, ${n} entries, median (p95) of ${keystrokes.length}`,
    result: `${formatMs(median(results))} (${formatMs(
      percentile(results, 95),
    )})`,
    target: `≤ ${budget} ms median`,
    pass: median(results) <= budget,
  });
  rows.push({
    measure: `Search keystroke to next frame, ${n} entries, median (p95)`,
    result: `${formatMs(median(frames))} (${formatMs(percentile(frames, 95))})`,
    target: 'p95 ≤ 16.7 ms',
    pass: percentile(frames, 95) <= 16.7,
  });
  rows.push({
    measure: `Requests per load, ${n} entries: TechDocs site metadata / distinct sites rendered, duplicates; catalog calls; repeats after switching persona twice`,
    result: `${requests.siteCalls} / ${requests.renderedSites}, ${requests.duplicates} dup; ${requests.catalogCalls} catalog; ${requests.switchRepeats} repeats`,
    target: 'calls = sites, no duplicates or repeats',
    pass:
      requests.siteCalls === requests.renderedSites &&
      requests.duplicates === 0 &&
      requests.switchRepeats === 0,
  });
  return rows;
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
