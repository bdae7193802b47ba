import {
  StorageApi,
  StorageValueSnapshot,
} from '@backstage/frontend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * A value as storage holds it: present, absent, or not known yet (before
 * storage has answered).
 */
export type Stored<T> =
  | { state: 'unknown' }
  | { state: 'absent' }
  | { state: 'present'; value: T };

type Known<T> = Exclude<Stored<T>, { state: 'unknown' }>;

/** What a {@link StoredValue} needs to know about its value. */
export interface StoredValueOptions<T extends JsonValue> {
  storageApi: StorageApi;
  bucket: string;
  key: string;
  /**
   * Reads a stored value; undefined when it is not one this plugin wrote
   * (another version's, or tampered with), which then counts as absent.
   */
  parse(value: unknown): T | undefined;
  /** How long to wait for storage to answer before going on without it. */
  storageMs: number;
}

/**
 * One value of the reader's kept through Backstage's StorageApi, such as
 * their persona or their learning progress.
 *
 * What storage reports is followed until the reader acts on this page. From
 * then on the reader's last action decides: storage such as user settings
 * echoes every write back, late and possibly out of order, and none of those
 * echoes may undo a later action. Writes go out one at a time, the last
 * action last, so that storage ends up holding it too. A value stored
 * elsewhere (another device, another tab) is still followed, unless it is
 * one this page has already moved away from. Only the outcome of the last
 * action's write can mark the value unsaved.
 */
export class StoredValue<T extends JsonValue> {
  private stored: Stored<T> = { state: 'unknown' };
  private local?: { seq: number; value: Known<T>; unsaved: boolean };
  private readonly superseded = new Set<string>();
  /** Values this page has written, whose echoes tell nothing new. */
  private readonly written = new Set<string>();
  /** The reader acted before storage's first answer, which is still to come. */
  private awaitingFirstAnswer = false;
  private seq = 0;
  private pendingWrite?: { seq: number; value: Known<T> };
  private writing?: Promise<void>;
  private started = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: StoredValueOptions<T>) {}

  /** The value as the reader sees it: their last action, else storage's. */
  get current(): Stored<T> {
    return this.local?.value ?? this.stored;
  }

  /** Whether the write of the reader's last action failed. */
  get unsaved(): boolean {
    return this.local?.unsaved ?? false;
  }

  /** Calls `listener` on every change; returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    this.start();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Applies the reader's action at once, then stores it; never rejects. */
  set(value: T | undefined): Promise<void> {
    this.start();
    const next: Known<T> =
      value === undefined ? { state: 'absent' } : { state: 'present', value };
    const previous = this.current;
    if (previous.state !== 'unknown') this.superseded.add(keyOf(previous));
    else this.awaitingFirstAnswer = true;
    this.superseded.delete(keyOf(next));
    this.written.add(keyOf(next));
    const seq = ++this.seq;
    this.local = { seq, value: next, unsaved: false };
    this.notify();
    this.pendingWrite = { seq, value: next };
    this.writing ??= this.writeAll().finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private start() {
    if (this.started) return;
    this.started = true;
    const { storageApi, bucket: bucketName, key, storageMs } = this.options;
    const giveUp = () => {
      if (this.stored.state === 'unknown')
        this.fromStorage({ state: 'absent' });
    };
    try {
      const bucket = storageApi.forBucket(bucketName);
      this.fromStorage(this.read(bucket.snapshot(key)));
      bucket.observe$(key).subscribe({
        next: snapshot => this.fromStorage(this.read(snapshot)),
        error: giveUp,
      });
    } catch {
      giveUp();
    }
    if (this.stored.state === 'unknown') setTimeout(giveUp, storageMs);
  }

  /**
   * Reads a snapshot. Storage implementations are not ours: a snapshot that
   * is missing, malformed or throws when read counts as no value.
   */
  private read(
    snapshot: StorageValueSnapshot<JsonValue> | undefined,
  ): Stored<T> {
    try {
      if (typeof snapshot !== 'object' || snapshot === null) {
        return { state: 'absent' };
      }
      const presence = snapshot.presence;
      if (presence === 'unknown') return { state: 'unknown' };
      if (presence === 'present') {
        const value = this.options.parse(snapshot.value);
        if (value !== undefined) return { state: 'present', value };
      }
    } catch {
      // A snapshot whose fields throw tells nothing.
    }
    return { state: 'absent' };
  }

  private fromStorage(value: Stored<T>) {
    if (this.local) {
      if (value.state === 'unknown') return;
      const key = keyOf(value);
      if (this.awaitingFirstAnswer) {
        // An echo of this page's own writes can come before storage's first
        // answer (a quick write overtaking a slow read); it is not the answer.
        if (this.written.has(key)) return;
        // Storage's first answer came after the reader acted: it tells what
        // was stored before, which the reader has already moved away from.
        this.awaitingFirstAnswer = false;
        this.stored = value;
        if (key !== keyOf(this.local.value)) this.superseded.add(key);
        return;
      }
      // While writes are under way, storage reports our own echoes; after
      // that, only a value this page never moved away from is news.
      if (
        this.writing ||
        key === keyOf(this.local.value) ||
        this.superseded.has(key)
      ) {
        return;
      }
      this.local = undefined;
    }
    this.stored = value;
    this.notify();
  }

  private async writeAll() {
    const { storageApi, bucket: bucketName, key } = this.options;
    while (this.pendingWrite) {
      const { seq, value } = this.pendingWrite;
      this.pendingWrite = undefined;
      let failed = false;
      try {
        const bucket = storageApi.forBucket(bucketName);
        if (value.state === 'present') await bucket.set(key, value.value);
        else await bucket.remove(key);
      } catch {
        failed = true;
      }
      if (this.local?.seq === seq && this.local.unsaved !== failed) {
        this.local = { ...this.local, unsaved: failed };
        this.notify();
      }
    }
  }
}

/** One string per value, to compare values and keep them in sets. */
function keyOf<T>(value: Known<T>): string {
  return value.state === 'present'
    ? `present:${JSON.stringify(value.value)}`
    : 'absent';
}
