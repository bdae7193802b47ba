import { LegacyKey, StoredShape } from '../sync/StoredShape';

/** One step's last change: done or not, and when. */
export interface StepRecord {
  readonly done: boolean;
  readonly at: number;
}

/** Every step the reader marked, by entry id. */
export type ProgressRecords = ReadonlyMap<string, StepRecord>;

/**
 * Records kept at most, newest first, so that storage stays small (the
 * user-settings backend takes requests up to 100 kB). A step whose record
 * is dropped counts as never marked.
 */
export const MAX_RECORDS = 1000;

/** Entry ids longer than this are not ids of this plugin's config. */
const MAX_ID_LENGTH = 300;

const NONE: ProgressRecords = new Map();

function isStamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Newest first; a total order, so every page keeps the same records. */
function newestFirst(
  [aId, a]: [string, StepRecord],
  [bId, b]: [string, StepRecord],
): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.done !== b.done) return a.done ? -1 : 1;
  return aId < bId ? -1 : 1;
}

/** The newer record; at the same millisecond, done (nothing is lost). */
function newer(a: StepRecord, b: StepRecord): StepRecord {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.done ? a : b;
}

/** The newest {@link MAX_RECORDS} records. */
function prune(records: ProgressRecords): ProgressRecords {
  if (records.size <= MAX_RECORDS) return records;
  return new Map([...records].sort(newestFirst).slice(0, MAX_RECORDS));
}

function readStamps(
  value: unknown,
  done: boolean,
  into: Map<string, StepRecord>,
) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return;
  }
  for (const [id, at] of Object.entries(value)) {
    if (id.length > MAX_ID_LENGTH || !isStamp(at)) continue;
    const previous = into.get(id);
    const record = { done, at };
    into.set(id, previous ? newer(previous, record) : record);
  }
}

/**
 * Learning progress as stored: `{ done: { <entry id>: <when> }, notDone:
 * { <entry id>: <when> } }`. Marking a step not done is a record too, so it
 * survives merging with a copy that still has the step done; the newest
 * record of a step wins wherever two copies meet.
 */
export const progressShape: StoredShape<ProgressRecords> = {
  empty: NONE,
  parse(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return undefined;
    }
    const { done, notDone } = raw as Record<string, unknown>;
    const records = new Map<string, StepRecord>();
    readStamps(done, true, records);
    readStamps(notDone, false, records);
    return prune(records);
  },
  serialize(records) {
    const done: Record<string, number> = {};
    const notDone: Record<string, number> = {};
    for (const [id, record] of [...records].sort(([a], [b]) =>
      a < b ? -1 : 1,
    )) {
      (record.done ? done : notDone)[id] = record.at;
    }
    return { done, notDone };
  },
  merge(a, b) {
    if (b.size === 0) return prune(a);
    if (a.size === 0) return prune(b);
    const merged = new Map(a);
    for (const [id, record] of b) {
      const previous = merged.get(id);
      merged.set(id, previous ? newer(previous, record) : record);
    }
    return prune(merged);
  },
  latest(records) {
    let latest = 0;
    for (const record of records.values()) latest = Math.max(latest, record.at);
    return latest;
  },
};

/** The done step ids of some records. */
export function doneIds(records: ProgressRecords): Set<string> {
  const ids = new Set<string>();
  for (const [id, record] of records) if (record.done) ids.add(id);
  return ids;
}

/**
 * The key older versions stored progress in, as a list of done ids; it is
 * kept up to date for pages still running them.
 */
export const legacyProgress: LegacyKey<ProgressRecords> = {
  key: 'progress',
  parse(raw) {
    if (!Array.isArray(raw)) return undefined;
    const records = new Map<string, StepRecord>();
    for (const id of raw) {
      if (typeof id === 'string' && id.length <= MAX_ID_LENGTH) {
        records.set(id, { done: true, at: 0 });
      }
    }
    return prune(records);
  },
  serialize: records => [...doneIds(records)].sort(),
};
