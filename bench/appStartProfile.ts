import { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { profileWhile, watchScriptsHolding } from './cpuProfile';

/** Where the plugin's files are, in the app's source maps. */
const PLUGIN_SOURCE = '/backstage-plugin-persona-docs/dist/';

/** Main-thread time of one app start, and the part in the plugin's code. */
export interface AppStartProfile {
  /** Main-thread time of the whole load, ms (idle left out). */
  totalMs: number;
  /** Self time of functions from the plugin's files, ms. */
  pluginMs: number;
  /** The plugin's files that ran, with their self time. */
  pluginFiles: { file: string; ms: number }[];
  /** Share of the time in scripts that the source maps could place. */
  mappedShare: number;
  /** Whether a script that ran holds the plugin's files at all. */
  pluginLoaded: boolean;
  /** Scripts with the persona page's code that the load fetched. */
  pageChunks: number;
}

/**
 * One load of an app page that shows none of the plugin's surfaces, under
 * the DevTools CPU profiler, with each sample placed in its source file
 * through the build's source maps: what the plugin costs the main thread
 * of every page load, before a reader ever opens one of its pages.
 *
 * @param staticDir - the build's `dist/static`, with its `.map` files
 * @param pageCodeMarker - a string only the persona page's chunks hold
 */
export async function profileAppStart(options: {
  page: Page;
  path: string;
  /** Resolves when the page has shown what it is for. */
  ready(page: Page): Promise<void>;
  staticDir: string;
  pageCodeMarker: string;
}): Promise<AppStartProfile> {
  const { page, staticDir, pageCodeMarker } = options;
  const pageScriptsOf = watchScriptsHolding(page, pageCodeMarker);
  const { profile, selfUs } = await profileWhile(page, 100, async () => {
    await page.goto(options.path, { waitUntil: 'commit' });
    await options.ready(page);
    // Work the app leaves for idle time counts too.
    await page.waitForTimeout(1_000);
  });
  const maps = new Map<string, SourceMapConsumer | undefined>();
  const mapOf = (script: string) => {
    if (!maps.has(script)) {
      const file = join(staticDir, `${script}.map`);
      maps.set(
        script,
        existsSync(file)
          ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')))
          : undefined,
      );
    }
    return maps.get(script);
  };
  let totalUs = 0;
  let scriptUs = 0;
  let mappedUs = 0;
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    if (!us || functionName === '(idle)') continue;
    totalUs += us;
    // V8's own entries ("(program)", "(garbage collector)") and native
    // functions have no script.
    if (!url) continue;
    scriptUs += us;
    const source = mapOf(url.split('/').pop()!)?.originalPositionFor({
      // DevTools counts lines from 0, source maps from 1.
      line: lineNumber + 1,
      column: columnNumber,
    }).source;
    if (!source) continue;
    mappedUs += us;
    const at = source.indexOf(PLUGIN_SOURCE);
    if (at < 0) continue;
    const file = source.slice(at + PLUGIN_SOURCE.length);
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  const pluginFiles = [...byFile.entries()]
    .map(([file, us]) => ({ file, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  const pageChunks = (await pageScriptsOf()).size;
  const pluginLoaded = [...maps.values()].some(map =>
    (map as unknown as { sources?: string[] })?.sources?.some(source =>
      source.includes(PLUGIN_SOURCE),
    ),
  );
  return {
    totalMs: totalUs / 1000,
    pluginMs: pluginFiles.reduce((sum, item) => sum + item.ms, 0),
    pluginFiles,
    mappedShare: scriptUs ? mappedUs / scriptUs : 0,
    pluginLoaded,
    pageChunks,
  };
}
