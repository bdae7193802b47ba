import { ErrorApi, StorageApi } from '@backstage/frontend-plugin-api';
import { JsonValue } from '@backstage/types';
import { PostedErrors, readingOf, readOnce, Reading } from './readStored';
import { onReaderReturns } from './readerReturns';
import { covers, LegacyKey, StoredShape } from './StoredShape';
import { SaveState, SyncTimings, TIMINGS } from './timings';
import { Timers } from './Timers';
import { writeKey } from './writeKey';

export type { SaveState, SyncTimings } from './timings';

export interface SyncedValueOptions<S> {
  storageApi: StorageApi;
  /** Where storage reports failed reads (see {@link PostedErrors}). */
  errorApi?: Pick<ErrorApi, 'error$'>;
  bucket: string;
  key: string;
  shape: StoredShape<S>;
  legacy?: LegacyKey<S>;
  timings?: Partial<SyncTimings>;
}

/**
 * One piece of a reader's state kept in Backstage's StorageApi (with user
 * settings: on the backend, for every tab and device), such that nothing
 * the reader did is lost:
 *
 * - what a page knows and what storage holds are merged, never replaced
 *   (see {@link StoredShape}), so late echoes, stale reads and other pages'
 *   older copies lose to newer changes;
 * - nothing is written before storage has been read: an `absent` from a read
 *   that failed is unknown, never a reason to write;
 * - a write is made only after a recent read, and checked by reading again
 *   once the storage client's cache has passed; whatever storage lacks is
 *   written again, which repairs another page overwriting this one's;
 * - writes go out one at a time, time out, and are retried with backoff;
 *   a change the reader makes meanwhile is written at once;
 * - changes elsewhere are read when storage signals them and whenever the
 *   reader returns to the page.
 */
export class SyncedValue<S> {
  private readonly t: SyncTimings;
  private readonly shape: StoredShape<S>;
  private known: S;
  /** What storage held at the last trusted read or write; undefined before. */
  private stored?: S;
  /** What the legacy key held, likewise. */
  private storedLegacy: S;
  private legacyRead: boolean;
  private shown = false;
  private clock = 0;
  private version = 0;
  private reading = false;
  private readAgain = false;
  private lastReadAt = -Infinity;
  private absentUntrustedUntil = -Infinity;
  private readFailures = 0;
  private writing = false;
  private writeFailures = 0;
  private failing = false;
  private slow = false;
  private mirrored?: string;
  private state: SaveState = 'saved';
  private waiters: { version: number; resolve(): void }[] = [];
  private readonly timers = new Timers();
  private readonly listeners = new Set<() => void>();
  private errors?: PostedErrors;
  private stopReturns?: () => void;
  private readonly subscriptions: { unsubscribe(): void }[] = [];
  private started = false;
  private stopped = false;

  constructor(private readonly options: SyncedValueOptions<S>) {
    this.t = { ...TIMINGS, ...options.timings };
    this.shape = options.shape;
    this.known = options.shape.empty;
    this.storedLegacy = options.shape.empty;
    this.legacyRead = !options.legacy;
  }

  /** The state to show; undefined until storage answered or was waited for. */
  get value(): S | undefined {
    return this.shown ? this.known : undefined;
  }

  get saveState(): SaveState {
    return this.state;
  }

  /** Calls `listener` on every change of value or save state. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.start();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * Applies the reader's change at once and saves it. `change` gets a time
   * stamp later than every one this page has seen, and returns the state
   * to merge in. Resolves once the change is saved or its save failed (it
   * is then retried); never rejects.
   */
  update(change: (stamp: number) => S): Promise<void> {
    this.start();
    const stamp = Math.max(Date.now(), this.clock + 1);
    this.known = this.shape.merge(this.known, change(stamp));
    this.clock = Math.max(this.clock, this.shape.latest(this.known));
    this.version += 1;
    this.shown = true;
    const done = new Promise<void>(resolve =>
      this.waiters.push({ version: this.version, resolve }),
    );
    this.changed();
    this.pump();
    return done;
  }

  /** Stops reading, writing and listening: the page is gone. */
  stop() {
    this.stopped = true;
    this.timers.clearAll();
    this.stopReturns?.();
    this.errors?.stop();
    for (const s of this.subscriptions.splice(0)) s.unsubscribe();
    this.settle(Infinity);
  }

  private start() {
    if (this.started) return;
    this.started = true;
    this.errors = new PostedErrors(this.options.errorApi);
    this.timers.set('first', this.t.firstAnswerMs, () => {
      this.shown = true;
      this.changed();
    });
    this.watch(this.options.key, raw => this.learnPrimary(raw));
    const legacy = this.options.legacy;
    if (legacy) this.watch(legacy.key, raw => this.learnLegacy(raw));
    this.stopReturns = onReaderReturns(() => this.readerReturned());
    this.read();
  }

  /**
   * Follows changes storage reports (this page's writes, signals from the
   * backend). Such a snapshot may come from the client's cache, so the
   * value is read again once the cache has passed.
   */
  private watch(key: string, learn: (raw: unknown) => void) {
    try {
      const bucket = this.options.storageApi.forBucket(this.options.bucket);
      // Storages that load asynchronously load the key on subscribe: that
      // first snapshot is the read this page makes itself.
      let skip = bucket.snapshot(key)?.presence === 'unknown';
      this.subscriptions.push(
        bucket.observe$(key).subscribe({
          next: snapshot => {
            if (skip) {
              skip = false;
              return;
            }
            const reading = readingOf(snapshot, true);
            if (reading.state === 'present') learn(reading.raw);
            this.timers.later('verify', this.t.cacheMs, () => this.read());
            this.afterLearning();
          },
          error: () => {},
        }),
      );
    } catch {
      // Reads on their own still work, or report failing.
    }
  }

  private readerReturned() {
    this.timers.set('soon', 50, () => {
      this.read();
      // Again past the cache, which may have answered the first read.
      this.timers.later('verify', this.t.cacheMs, () => this.read());
      if (this.failing) this.pump();
    });
  }

  private read() {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    this.readLoop().finally(() => {
      this.reading = false;
    });
  }

  private async readLoop() {
    const { storageApi, bucket, key, legacy } = this.options;
    const readKey = (k: string) =>
      readOnce(storageApi, bucket, k, this.errors!, this.t.readTimeoutMs);
    do {
      this.readAgain = false;
      const started = Date.now();
      const untrusted = started < this.absentUntrustedUntil;
      const [primary, old] = await Promise.all([
        readKey(key),
        legacy ? readKey(legacy.key) : undefined,
      ]);
      if (this.stopped) return;
      this.fromReading(primary, old, started, untrusted);
    } while (this.readAgain && !this.stopped);
  }

  private fromReading(
    primary: Reading,
    legacy: Reading | undefined,
    started: number,
    untrusted: boolean,
  ) {
    // A failed read's `absent` stays in the client's cache for a while.
    const trusted = (r?: Reading): Reading | undefined =>
      r?.state === 'absent' && untrusted ? { state: 'unknown' } : r;
    const p = trusted(primary)!;
    const l = trusted(legacy);
    if (p.state === 'present') this.learnPrimary(p.raw);
    else if (p.state === 'absent') this.stored = this.shape.empty;
    if (l?.state === 'present') this.learnLegacy(l.raw);
    else if (l?.state === 'absent') this.learnLegacy(undefined);
    if (p.state === 'unknown' || l?.state === 'unknown') {
      // Waiting longer for storage would not tell more: show what is known,
      // but write nothing until a read succeeds.
      this.shown = true;
      this.readAgain = false;
      this.readFailures += 1;
      this.absentUntrustedUntil = Date.now() + this.t.cacheMs;
      if (!this.confirmed() || this.dirty()) {
        this.failing = this.dirty();
        this.settle(Infinity);
        this.timers.later('verify', this.backoff(this.readFailures), () =>
          this.read(),
        );
      }
    } else {
      this.readFailures = 0;
      this.lastReadAt = started;
    }
    this.afterLearning();
  }

  private learnPrimary(raw: unknown) {
    const value = this.shape.parse(raw);
    // A value that is not of this shape is overwritten once there is
    // something to save.
    this.stored = value ?? this.shape.empty;
    if (value !== undefined) this.known = this.shape.merge(this.known, value);
  }

  private learnLegacy(raw: unknown) {
    this.legacyRead = true;
    const value =
      raw === undefined ? undefined : this.options.legacy!.parse(raw);
    this.storedLegacy = value ?? this.shape.empty;
    if (value !== undefined) this.known = this.shape.merge(this.known, value);
  }

  private afterLearning() {
    this.clock = Math.max(this.clock, this.shape.latest(this.known));
    if (this.confirmed()) this.shown = true;
    this.changed();
    this.pump();
  }

  private confirmed(): boolean {
    return this.stored !== undefined && this.legacyRead;
  }

  /** Whether there is something storage does not hold yet. */
  private dirty(): boolean {
    if (!this.confirmed()) return this.version > 0;
    // What the legacy key holds is stored too: reading it needs no write.
    const stored = this.shape.merge(this.stored!, this.storedLegacy);
    return !covers(this.shape, stored, this.known);
  }

  private pump() {
    if (this.stopped || this.writing) return;
    if (!this.confirmed()) {
      // Nothing is written before storage has been read; while reads
      // fail, the reader is told their change waits.
      if (this.readFailures > 0 && this.dirty()) this.waitForReads();
      return;
    }
    if (!this.dirty()) {
      this.failing = false;
      this.settle(this.version);
      this.changed();
      return;
    }
    // Another page may have written since the last read; writing without
    // reading would replace what it wrote.
    if (Date.now() - this.lastReadAt > this.t.cacheMs) {
      // While reads fail, the next read waits for the backoff: a read now
      // would only get the failure back from the client's cache.
      if (this.readFailures === 0) this.read();
      else this.waitForReads();
      return;
    }
    this.write();
  }

  /** A change waits for a read to succeed; reads are retried meanwhile. */
  private waitForReads() {
    this.timers.keep('verify', this.backoff(this.readFailures), () =>
      this.read(),
    );
    if (this.failing) return;
    this.failing = true;
    this.settle(Infinity);
    this.changed();
  }

  private async write() {
    this.writing = true;
    this.timers.clear('retry');
    const target = this.known;
    const version = this.version;
    const { key, legacy } = this.options;
    const outcome = await this.store(key, this.shape.serialize(target));
    if (this.stopped) return;
    if (outcome === 'ok') {
      this.stored = target;
      this.writeFailures = 0;
      this.failing = false;
      // Check, once the cache has passed, that no other write replaced it.
      this.timers.later('verify', this.t.cacheMs, () => this.read());
      if (legacy) await this.mirror(legacy, target);
    } else {
      this.writeFailures += 1;
      this.failing = true;
    }
    this.writing = false;
    this.settle(version);
    this.changed();
    if (outcome === 'ok' || this.version > version) this.pump();
    else {
      this.timers.set('retry', this.backoff(this.writeFailures), () =>
        this.pump(),
      );
    }
  }

  /** Keeps the legacy key's plain value up to date; failures only wait. */
  private async mirror(legacy: LegacyKey<S>, state: S) {
    const value = legacy.serialize(state);
    const json = JSON.stringify(value ?? null);
    if (json === this.mirrored) return;
    if ((await this.store(legacy.key, value)) !== 'ok') return;
    this.mirrored = json;
    this.learnLegacy(value);
  }

  /** One write; a write given up may still land later, over newer ones. */
  private store(key: string, value: JsonValue | undefined) {
    return writeKey(
      this.options.storageApi,
      this.options.bucket,
      key,
      value,
      this.t.writeTimeoutMs,
      () => this.timers.later('verify', this.t.cacheMs, () => this.read()),
    );
  }

  private backoff(failures: number): number {
    return Math.min(this.t.cacheMs * 2 ** (failures - 1), this.t.maxRetryMs);
  }

  private settle(version: number) {
    const left = [];
    for (const waiter of this.waiters) {
      if (waiter.version <= version) waiter.resolve();
      else left.push(waiter);
    }
    this.waiters = left;
  }

  /** Works out the save state and tells listeners. */
  private changed() {
    const dirty = this.dirty();
    if (!dirty) {
      this.slow = false;
      this.timers.clear('slow');
    } else if (!this.slow) {
      this.timers.keep('slow', this.t.slowMs, () => {
        this.slow = true;
        this.changed();
      });
    }
    if (!dirty) this.state = 'saved';
    else if (this.failing) this.state = 'retrying';
    else this.state = this.slow ? 'saving' : 'saved';
    for (const listener of this.listeners) listener();
  }
}
