/**
 * What the reader is told about saving their state: nothing (`saved`, or a
 * save under way for less than a second), `saving` (a save is taking long),
 * or `retrying` (not saved yet: storage failed or did not answer, and the
 * page keeps trying).
 */
export type SaveState = 'saved' | 'saving' | 'retrying';

/** How long to wait for what; every value in milliseconds. */
export interface SyncTimings {
  /** Until what storage holds is shown, or defaults if it has not answered. */
  firstAnswerMs: number;
  readTimeoutMs: number;
  /** A write that has not answered by then is given up and tried again. */
  writeTimeoutMs: number;
  /** Until a save under way is shown as `saving`. */
  slowMs: number;
  /**
   * How long a read may come from the storage client's cache (2 s in
   * Backstage's UserSettingsStorage): reads meant to see the backend's
   * current value are made at least this long after the last change.
   */
  cacheMs: number;
  /** The longest wait between retries. */
  maxRetryMs: number;
}

export const TIMINGS: SyncTimings = {
  firstAnswerMs: 2000,
  readTimeoutMs: 10_000,
  writeTimeoutMs: 10_000,
  slowMs: 1000,
  cacheMs: 2500,
  maxRetryMs: 15_000,
};
