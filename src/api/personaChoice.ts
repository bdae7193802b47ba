import { LegacyKey, StoredShape } from '../sync/StoredShape';

/**
 * The reader's persona choice as stored: the persona id, or null once they
 * went back to the automatic persona, and when they chose. The newest
 * choice wins wherever two meet; `at` 0 is a choice stored by an older
 * version, older than any made since.
 */
export interface PersonaChoiceRecord {
  readonly personaId: string | null;
  readonly at: number;
}

const NOTHING: PersonaChoiceRecord = Object.freeze({ personaId: null, at: 0 });

/** Ids longer than this are not persona ids of any config. */
const MAX_ID_LENGTH = 200;

function isStamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Orders two choices made at the same millisecond, the same everywhere. */
function rank(personaId: string | null): string {
  return personaId === null ? '' : `+${personaId}`;
}

export const personaChoiceShape: StoredShape<PersonaChoiceRecord> = {
  empty: NOTHING,
  parse(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return undefined;
    }
    const { personaId, at } = raw as Record<string, unknown>;
    const validId =
      personaId === null ||
      (typeof personaId === 'string' && personaId.length <= MAX_ID_LENGTH);
    return validId && isStamp(at) ? { personaId, at } : undefined;
  },
  serialize: record => ({ personaId: record.personaId, at: record.at }),
  merge(a, b) {
    if (a.at !== b.at) return a.at > b.at ? a : b;
    return rank(a.personaId) >= rank(b.personaId) ? a : b;
  },
  latest: record => record.at,
};

/**
 * The key older versions stored the choice in, as the plain persona id; it
 * is kept up to date for pages still running them.
 */
export const legacyPersonaChoice: LegacyKey<PersonaChoiceRecord> = {
  key: 'selectedPersona',
  parse: raw =>
    typeof raw === 'string' && raw.length <= MAX_ID_LENGTH
      ? { personaId: raw, at: 0 }
      : undefined,
  serialize: record => record.personaId ?? undefined,
};
