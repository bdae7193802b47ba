/**
 * Small statistics helpers for the benchmarks. Percentiles use the
 * nearest-rank method, so every reported number is one that was measured.
 */

/**
 * The value below which `p` percent of the samples lie (nearest rank).
 *
 * @param samples - measured values, in any order; not modified
 * @param p - percentile between 0 and 100
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median (50th percentile, nearest rank) of the samples. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * Formats milliseconds for a table: two decimals below 10 ms, where
 * the engine numbers live, whole numbers above.
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}
