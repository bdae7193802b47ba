import { JsonValue } from '@backstage/types';

/**
 * How one kind of reader state is stored so that copies of it can always be
 * merged: what one page knows and what storage holds are joined, never
 * replaced, so no page can undo what another did by writing an older copy.
 *
 * `merge` must be commutative, associative and idempotent (a join), and
 * every change a reader makes carries a time stamp, so that the newer of two
 * conflicting changes wins wherever they meet, in whatever order.
 */
export interface StoredShape<S> {
  /** Nothing known. */
  readonly empty: S;
  /** A stored value of this shape; undefined when it is not one. */
  parse(raw: unknown): S | undefined;
  /** The value to store; equal states give equal JSON. */
  serialize(state: S): JsonValue;
  merge(a: S, b: S): S;
  /** The newest time stamp in a state. */
  latest(state: S): number;
}

/**
 * The key and shape older versions of the plugin stored a value in. It is
 * read as the oldest possible state (time stamp 0), and kept up to date
 * with the new state's plain value, so that a page still running an older
 * version, or a rollback, sees the reader's current state.
 */
export interface LegacyKey<S> {
  key: string;
  parse(raw: unknown): S | undefined;
  /** The plain value; undefined removes the key. */
  serialize(state: S): JsonValue | undefined;
}

/** Whether `a` holds everything `b` does. */
export function covers<S>(shape: StoredShape<S>, a: S, b: S): boolean {
  return sameJson(shape.serialize(shape.merge(a, b)), shape.serialize(a));
}

export function sameJson(
  a: JsonValue | undefined,
  b: JsonValue | undefined,
): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
