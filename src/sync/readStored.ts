import {
  ErrorApi,
  StorageApi,
  StorageValueSnapshot,
} from '@backstage/frontend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * What one read of a key told: the stored value, that nothing is stored,
 * or nothing (the read failed, timed out or came back malformed).
 */
export type Reading =
  | { state: 'present'; raw: unknown }
  | { state: 'absent' }
  | { state: 'unknown' };

const UNKNOWN: Reading = { state: 'unknown' };

/**
 * Counts the errors posted to the app's error API. Backstage's
 * UserSettingsStorage answers a read that failed with `absent`, exactly as
 * if nothing were stored, and posts an error; so an `absent` that arrives
 * while an error was posted may be a failure, and counts as unknown.
 */
export class PostedErrors {
  count = 0;
  private readonly subscription?: { unsubscribe(): void };

  constructor(errorApi?: Pick<ErrorApi, 'error$'>) {
    try {
      this.subscription = errorApi?.error$().subscribe({
        next: () => {
          this.count += 1;
        },
      });
    } catch {
      // Without an error API, every absent is taken at its word.
    }
  }

  stop() {
    this.subscription?.unsubscribe();
  }
}

/**
 * Reads a snapshot of storage's. Storage implementations are not ours: one
 * that is malformed or throws when read tells nothing.
 */
export function readingOf(
  snapshot: StorageValueSnapshot<JsonValue> | undefined,
  failedMeanwhile: boolean,
): Reading {
  try {
    if (typeof snapshot !== 'object' || snapshot === null) return UNKNOWN;
    if (snapshot.presence === 'present') {
      return { state: 'present', raw: snapshot.value };
    }
    if (snapshot.presence === 'absent' && !failedMeanwhile) {
      return { state: 'absent' };
    }
  } catch {
    // A snapshot whose fields throw.
  }
  return UNKNOWN;
}

/**
 * Reads a key once: at once from storages that know their values
 * synchronously (web storage), else from the first snapshot observing the
 * key brings (user settings load it), or unknown after `timeoutMs`.
 */
export function readOnce(
  storageApi: StorageApi,
  bucketName: string,
  key: string,
  errors: PostedErrors,
  timeoutMs: number,
): Promise<Reading> {
  let bucket: StorageApi;
  try {
    bucket = storageApi.forBucket(bucketName);
    const now = bucket.snapshot(key);
    if (now?.presence !== 'unknown')
      return Promise.resolve(readingOf(now, false));
  } catch {
    return Promise.resolve(UNKNOWN);
  }
  const mark = errors.count;
  return new Promise<Reading>(resolve => {
    const read: {
      finished?: boolean;
      subscription?: { unsubscribe(): void };
      timer?: ReturnType<typeof setTimeout>;
    } = {};
    const finish = (reading: Reading) => {
      if (read.finished) return;
      read.finished = true;
      clearTimeout(read.timer);
      read.subscription?.unsubscribe();
      resolve(reading);
    };
    read.timer = setTimeout(() => finish(UNKNOWN), timeoutMs);
    try {
      read.subscription = bucket.observe$(key).subscribe({
        next: snapshot => finish(readingOf(snapshot, errors.count !== mark)),
        error: () => finish(UNKNOWN),
      });
      // The first snapshot may come before subscribe returns.
      if (read.finished) read.subscription.unsubscribe();
    } catch {
      finish(UNKNOWN);
    }
  });
}
