import { EngineResult } from './engine';
import { PageBenchResult, pageMedians } from './page';
import { RequestsResult } from './requests';
import { formatMs, median, percentile } from './stats';

/** One line of the results table. */
export interface Row {
  measure: string;
  result: string;
  target: string;
  /** pass/miss against the target; info when there is none. */
  status: 'pass' | 'MISS' | 'info';
}

/** Everything one `npm run bench` measured; parts may be skipped. */
export interface BenchResults {
  engine?: EngineResult;
  page?: PageBenchResult;
  requests: RequestsResult[];
}

/** Engine targets from the issue. */
export const ENGINE_TARGET_MS = 2;
export const ENGINE_TARGET_ENTRIES = 10_000;
/** "No worse than linear", with room for cache effects: n^1.1 is ×1.5 per entry over 50×. */
export const GROWTH_EXPONENT_LIMIT = 1.1;
/** Page target: the persona page in at most half the TechDocs index's time. */
export const PAGE_RATIO_LIMIT = 0.5;

const status = (ok: boolean): Row['status'] => (ok ? 'pass' : 'MISS');
const count = (n: number) => n.toLocaleString('en-US');

/** The table rows for all measurements, targets beside results. */
export function resultRows(results: BenchResults): Row[] {
  return [
    ...engineRows(results.engine),
    ...pageRows(results.page),
    ...results.requests.flatMap(requestRows),
  ];
}

function engineRows(engine?: EngineResult): Row[] {
  if (!engine) return [];
  const rows: Row[] = [];
  for (const size of engine.sizes) {
    rows.push({
      measure: `Engine ${count(
        size.entries,
      )} entries: read config / build index`,
      result: `${formatMs(size.readMs)} / ${formatMs(size.indexMs)}`,
      target: 'once per app',
      status: size.problems === 0 ? 'info' : 'MISS',
    });
    const targeted = size.entries === ENGINE_TARGET_ENTRIES;
    rows.push({
      measure: `Engine ${count(
        size.entries,
      )} entries: filter + search, median (p95)`,
      result: `${formatMs(size.filterMedianMs)} (${formatMs(
        size.filterP95Ms,
      )})`,
      target: targeted ? `≤ ${ENGINE_TARGET_MS} ms median` : '',
      status: targeted
        ? status(size.filterMedianMs <= ENGINE_TARGET_MS)
        : 'info',
    });
  }
  const first = engine.sizes[0];
  const last = engine.sizes[engine.sizes.length - 1];
  rows.push({
    measure: `Engine growth ${count(first.entries)} → ${count(
      last.entries,
    )}: time ∝ entries^b`,
    result: `b = ${engine.growthExponent.toFixed(
      2,
    )} (per entry ×${engine.perEntryRatio.toFixed(2)})`,
    target: `linear: b ≤ ${GROWTH_EXPONENT_LIMIT}`,
    status: status(engine.growthExponent <= GROWTH_EXPONENT_LIMIT),
  });
  return rows;
}

function pageRows(page?: PageBenchResult): Row[] {
  if (!page) return [];
  const persona = pageMedians(page.persona);
  const techdocs = pageMedians(page.techdocs);
  /** A row comparing the persona page with the TechDocs index. */
  const ratioRow = (
    measure: string,
    personaMs: number,
    techdocsMs: number,
  ): Row => ({
    measure,
    result: `${formatMs(personaMs)} / ${formatMs(techdocsMs)} = ${(
      personaMs / techdocsMs
    ).toFixed(2)}×`,
    target: `≤ ${PAGE_RATIO_LIMIT}×`,
    status: status(personaMs / techdocsMs <= PAGE_RATIO_LIMIT),
  });
  const { expandAll, keystrokes } = page.interactions;
  const nextFrame = keystrokes.map(k => k.nextFrameMs);
  const results = keystrokes.map(k => k.resultsMs);
  const rows: Row[] = [
    {
      measure: `Page load, persona page (2,000 entries; ${page.persona.rows} rows shown)`,
      result: `${formatMs(persona.load)} median of ${page.runs}`,
      target: '',
      status: 'info',
    },
    {
      measure: 'Page load, TechDocs index (2,000 sites; 20 rows shown)',
      result: `${formatMs(techdocs.load)} median of ${page.runs}`,
      target: '',
      status: 'info',
    },
    ratioRow(
      'Page load ratio persona / TechDocs index',
      persona.load,
      techdocs.load,
    ),
    {
      measure: 'Page load of a plain page of the same app (its boot)',
      result: `${formatMs(median(page.boot))} median`,
      target: '',
      status: 'info',
    },
    ratioRow(
      'Page load minus boot, persona / TechDocs index',
      persona.overBoot,
      techdocs.overBoot,
    ),
    ratioRow(
      'In-app navigation, persona / TechDocs index',
      persona.inApp,
      techdocs.inApp,
    ),
    {
      measure: 'Persona page load until its TechDocs lookups are answered',
      result: formatMs(persona.loadSettled),
      target: '',
      status: 'info',
    },
    {
      measure: 'Persona page: search keystroke to next frame, median (p95)',
      result: `${formatMs(median(nextFrame))} (${formatMs(
        percentile(nextFrame, 95),
      )})`,
      target: 'one frame: 16.7 ms',
      status: status(median(nextFrame) <= 16.7),
    },
    {
      measure: 'Persona page: search keystroke to results shown, median (p95)',
      result: `${formatMs(median(results))} (${formatMs(
        percentile(results, 95),
      )})`,
      target: '',
      status: 'info',
    },
    {
      measure: 'Persona page: open everything until all entries are in the DOM',
      result: Number.isFinite(expandAll.ms)
        ? `${formatMs(expandAll.ms)}, ${expandAll.clickMs.length} clicks`
        : `${count(expandAll.entries)} entries after ${
            expandAll.clickMs.length
          } clicks (time ran out)`,
      target: '',
      status: 'info',
    },
    {
      measure:
        'Persona page: one click (open a branch, show more), median (p95)',
      result: `${formatMs(median(expandAll.clickMs))} (${formatMs(
        percentile(expandAll.clickMs, 95),
      )})`,
      target: '',
      status: 'info',
    },
  ];
  if (page.pageErrors.length > 0) {
    rows.push({
      measure: 'Uncaught errors in the measured pages',
      result: `${page.pageErrors.length}: ${page.pageErrors[0].slice(0, 60)}`,
      target: 'none',
      status: 'MISS',
    });
  }
  return rows;
}

function requestRows(requests: RequestsResult): Row[] {
  const { metadata, entity, switching } = requests;
  const exact = (c: RequestsResult['metadata']) =>
    c.calls === c.needed &&
    c.duplicates === 0 &&
    c.missing.length === 0 &&
    c.extra.length === 0;
  const describe = (c: RequestsResult['metadata']) => {
    const mismatch =
      c.missing.length || c.extra.length
        ? `, ${c.missing.length} missing, ${c.extra.length} extra`
        : '';
    const plural = (n: number, one: string, many: string) =>
      `${n} ${n === 1 ? one : many}`;
    return `${plural(c.calls, 'call', 'calls')} / ${plural(
      c.needed,
      'entity',
      'entities',
    )}, ${plural(c.duplicates, 'duplicate', 'duplicates')}${mismatch}`;
  };
  return [
    {
      measure: `Requests, ${requests.label}: site metadata per load (${requests.renderedEntries} entries rendered)`,
      result: describe(metadata),
      target: 'calls = entities, no duplicates',
      status: status(exact(metadata)),
    },
    {
      measure: `Requests, ${requests.label}: entity metadata per load`,
      result: describe(entity),
      target: 'calls = entities needing it',
      status: status(exact(entity)),
    },
    {
      measure: `Requests, ${requests.label}: persona ${switching.persona} ⇄ all, twice`,
      result: `${switching.calls} new calls, ${switching.repeats} repeats`,
      target: 'no repeats',
      status: status(switching.repeats === 0),
    },
  ];
}

/** The rows as a plain-text table for the terminal. */
export function formatTable(rows: Row[]): string {
  const cells = [
    ['Measure', 'Result', 'Target', 'Status'],
    ...rows.map(row => [
      row.measure,
      row.result,
      row.target,
      row.status === 'info' ? '' : row.status,
    ]),
  ];
  const widths = [0, 1, 2, 3].map(c =>
    Math.max(...cells.map(r => r[c].length)),
  );
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0]),
    widths.map(w => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** The rows as a Markdown table. */
export function markdownTable(rows: Row[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| Measure | Result | Target | Status |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      r =>
        `| ${escape(r.measure)} | ${escape(r.result)} | ${escape(r.target)} | ${
          r.status === 'info' ? '' : r.status
        } |`,
    ),
  ].join('\n');
}
