import { Page } from '@playwright/test';

/** What the DevTools profiler records, as far as the bench reads it. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: {
      url: string;
      functionName: string;
      lineNumber: number;
      columnNumber: number;
    };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Starts noting the scripts a page fetches whose text holds `marker`, such
 * as a string only the persona page's chunks hold; the returned function
 * gives their file names once every response has been read.
 */
export function watchScriptsHolding(
  page: Page,
  marker: string,
): () => Promise<Set<string>> {
  const holding = new Set<string>();
  const reading: Promise<void>[] = [];
  page.on('response', response => {
    const name = new URL(response.url()).pathname.split('/').pop() ?? '';
    if (!name.endsWith('.js')) return;
    reading.push(
      response.text().then(
        text => {
          if (text.includes(marker)) holding.add(name);
        },
        () => {},
      ),
    );
  });
  return async () => {
    await Promise.all(reading);
    return holding;
  };
}

/**
 * Runs `load` under the DevTools CPU profiler, sampling every
 * `intervalUs`, and gives the profile with each node's self time in µs.
 */
export async function profileWhile(
  page: Page,
  intervalUs: number,
  load: () => Promise<void>,
): Promise<{ profile: CpuProfile; selfUs: Map<number, number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  await load();
  const { profile } = await cdp.send('Profiler.stop');
  const selfUs = new Map<number, number>();
  profile.samples?.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)),
  );
  return { profile, selfUs };
}
