import { StorageValueSnapshot } from '@backstage/frontend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * A persona choice as storage holds it: a persona id, none (`absent`), or
 * not known yet (`unknown`, before storage has answered).
 */
export type StoredChoice =
  | { state: 'unknown' }
  | { state: 'absent' }
  | { state: 'present'; personaId: string };

/** Where the choice is stored: `<bucket>/<key>` of the StorageApi. */
export const CHOICE_BUCKET = 'persona-docs';
export const CHOICE_KEY = 'selectedPersona';

/**
 * Reads a storage snapshot. Storage implementations are not ours: a
 * snapshot that is missing, malformed or throws when read counts as no
 * choice, and so does a value that is not a persona readers can pick (one
 * written by another version of the plugin, or tampered with).
 */
export function readSnapshot(
  snapshot: StorageValueSnapshot<JsonValue> | undefined,
  isSelectable: (id: unknown) => id is string,
): StoredChoice {
  try {
    if (typeof snapshot !== 'object' || snapshot === null) {
      return { state: 'absent' };
    }
    const presence = snapshot.presence;
    if (presence === 'unknown') return { state: 'unknown' };
    if (presence === 'present') {
      const value = snapshot.value;
      if (isSelectable(value)) return { state: 'present', personaId: value };
    }
  } catch {
    // A snapshot whose fields throw tells nothing.
  }
  return { state: 'absent' };
}

/** One string per choice, to compare choices and keep them in sets. */
export function choiceKey(choice: StoredChoice): string {
  return choice.state === 'present'
    ? `present:${choice.personaId}`
    : choice.state;
}
