import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, type } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './benchConfigs';
import { pageMedians } from './page';
import { BenchResults, Row, markdownTable } from './report';
import { formatMs, median } from './stats';

/** Where the latest numbers live. */
export const BENCHMARKS_DOC = join(ROOT, 'docs', 'benchmarks.md');

const LOG = {
  start: '<!-- bench:log:start -->',
  end: '<!-- bench:log:end -->',
};
const NOTES = {
  start: '<!-- bench:notes:start -->',
  end: '<!-- bench:notes:end -->',
};
const LOG_HEADER = [
  '| Date | Code | Engine 10k median | Growth b | Load ratio | Load − boot ratio | In-app ratio | Keystroke to next frame / results | Requests |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
const KEEP_LOG_LINES = 30;

/** The machine and code a run measured. */
export interface RunFacts {
  date: string;
  code: string;
  node: string;
  cpu: string;
  os: string;
  chromium?: string;
}

/** Facts about this run: date, git commit, Node, CPU, OS. */
export function runFacts(chromium?: string): RunFacts {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown commit';
  const dirty = git('status', '--porcelain') ? ' with uncommitted changes' : '';
  const cpu = cpus();
  return {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    code: `${commit}${dirty}`,
    node: process.version,
    cpu: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    os: `${type()} ${release()}`,
    chromium,
  };
}

/**
 * Rewrites docs/benchmarks.md with the latest numbers. The run log gains a
 * line per full run (so before/after numbers of a fix stay side by side)
 * and the hand-written findings between the notes markers are kept.
 */
export function writeBenchmarksDoc(
  rows: Row[],
  results: BenchResults,
  facts: RunFacts,
  fullRun: boolean,
): void {
  const previous = existsSync(BENCHMARKS_DOC)
    ? readFileSync(BENCHMARKS_DOC, 'utf8')
    : '';
  const log = between(previous, LOG)
    .split('\n')
    // Data lines only: the header may come from an older version of the bench.
    .filter(line => line.startsWith('| ') && !/^\| (Date|---) \|/.test(line));
  if (fullRun) log.push(logLine(results, facts));
  const notes =
    between(previous, NOTES) ||
    '_Findings, causes and fixes, written by hand; `npm run bench` keeps this part._';

  const text = `# Benchmarks

<!-- Written by \`npm run bench\` (bench/benchmarksDoc.ts). Only the part between the notes markers is kept as written. -->

Latest run: ${facts.date}, code ${facts.code}; Node ${facts.node}, ${
    facts.cpu
  }, ${facts.os}${facts.chromium ? `, Chromium ${facts.chromium}` : ''}.${
    fullRun ? '' : ' Partial run (--only): some measurements were skipped.'
  }

${markdownTable(rows)}

## What is measured

1. **Engine** (bench/engine.ts), in Node on the real code: generated configs
   (bench/generatePersonaDocsConfig.ts: depth 3–5, 5 personas, 70 % TechDocs,
   30 % URL targets) are read through \`readPersonaDocsConfig(new ConfigReader(...))\`
   and indexed once with \`DocsTreeIndex.fromModel\`; then
   \`index.filter(persona, prefix)\` is timed for "all" and each persona with
   prefixes of 1–6 characters of eight words a reader would type, after a
   warm-up, for at least 3 s per size. Growth: the exponent b of
   time ∝ entries^b between the smallest and the largest size.
2. **Page vs TechDocs index** (bench/page.ts), headless Chromium against the
   bench app (bench/app, a dev build): a 2,000-entry config whose docs
   entries point into 2,000 catalog entities, which the TechDocs index page
   (the \`page:techdocs\` extension, DefaultTechDocsHome's table) lists.
   Fresh browser context per load, pages alternating, medians.
   - *Persona page rendered* (\`/docs-by-persona?persona=all\`): the first
     animation frame in which every section tree shows its rows and the page's
     status line counts all 2,000 entries. The tree renders a page at a time
     and branches on demand, so "rendered" means the rows a reader sees first
     (top level, plus the branches the tree opens by itself) together with
     the counts of all entries; every entry is then one click away, with no
     more loading. *Lookups answered* additionally waits until every TechDocs
     lookup of the rendered rows was answered.
   - *TechDocs index rendered* (\`/docs\`): the first frame in which the table
     title counts all 2,000 sites ("Owned (2000)") and its first page of 20
     rows links to docs.
   - *Page load* runs from navigation start, so both include the app's boot:
     downloading and running the same dev bundle (about 7.5 MB of
     unminified JavaScript). The bench also loads a plain page of the same
     app (two links) in every run; *load − boot* is each page's load minus
     that page's load in the same run. *In-app navigation* runs from a link
     click on that plain page and leaves the boot out.
   - *Search keystroke* (persona page): prefixes of 1–6 characters of three
     words typed into the search box, 100 ms apart; *to next frame* is when
     the page can show the typed character, *to results* is the first frame
     highlighting exactly the typed prefix.
   - *Open everything* (persona page): from rendered, a script clicks every
     "Show more" and opens every branch, one at a time, until all 2,000
     entries are tree items in the DOM (150 s limit); *one click* is from a
     click until React committed its update.
   - The dev app runs React and MUI in development mode, which makes
     rendering several times slower than in a production build; compare
     the two pages with each other rather than with a production portal.
3. **Requests** (bench/requests.ts): the bench app counts calls into its
   TechDocs API (each an HTTP request in a real app) in
   \`window.__techdocsCalls\`. After a load of \`?persona=all\`, site metadata
   calls are compared with the distinct docs entities among the rendered
   entries (tree items in the DOM), and entity metadata calls with those
   entities whose entries lack a title, or lack a description while pointing
   at a whole site. Then the persona is switched to the first persona and back,
   twice, counting calls repeated for an entity already asked about.

## How to reproduce

\`\`\`sh
npm ci
apt-get install chromium          # or set CHROMIUM_PATH
npm run bench                     # all three; about 10 minutes
npm run bench -- --only engine    # or page, requests; partial runs skip the run log
npm run bench -- --runs 9 --trace # more runs; Chrome traces in node_modules/.cache/persona-docs-bench
\`\`\`

The bench starts the bench app twice (ports 3191 and 3192: the 2,000-entry
config, then the default dev config) and stops it when done. Timings depend
on the machine and on anything else running on it.

## Run log

${LOG.start}
${[...LOG_HEADER, ...log.slice(-KEEP_LOG_LINES)].join('\n')}
${LOG.end}

## Findings

${NOTES.start}
${notes}
${NOTES.end}
`;
  mkdirSync(dirname(BENCHMARKS_DOC), { recursive: true });
  writeFileSync(BENCHMARKS_DOC, text);
}

function between(
  text: string,
  markers: { start: string; end: string },
): string {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) return '';
  return text.slice(start + markers.start.length, end).trim();
}

function logLine(results: BenchResults, facts: RunFacts): string {
  const size = results.engine?.sizes.find(s => s.entries === 10_000);
  const page = results.page;
  const ratio = (key: 'load' | 'overBoot' | 'inApp') =>
    page
      ? `${(
          pageMedians(page.persona)[key] / pageMedians(page.techdocs)[key]
        ).toFixed(2)}×`
      : '';
  const keys = page?.interactions.keystrokes ?? [];
  const typing = page
    ? `${formatMs(median(keys.map(k => k.nextFrameMs)))} / ${formatMs(
        median(keys.map(k => k.resultsMs)),
      )}`
    : '';
  const requests = results.requests
    .map(
      r =>
        `${r.label}: ${r.metadata.calls}/${r.metadata.needed}, ${r.metadata.duplicates} dup, ${r.switching.repeats} repeats`,
    )
    .join('; ');
  const cells = [
    facts.date,
    facts.code,
    size ? formatMs(size.filterMedianMs) : '',
    results.engine ? results.engine.growthExponent.toFixed(2) : '',
    ratio('load'),
    ratio('overBoot'),
    ratio('inApp'),
    typing,
    requests,
  ];
  return `| ${cells.join(' | ')} |`;
}
