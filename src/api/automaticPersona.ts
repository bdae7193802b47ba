import { checkEntityRef } from '../model/entityRefs';
import { isSelectable } from '../model/personas';
import { ALL_PERSONAS, Persona } from '../model/types';
import { PersonaChoice } from './PersonaApi';

/**
 * The reader's ownership entity refs as comparison keys. Identities come
 * from sign-in resolvers of every kind: a ref that is not a string or not a
 * valid ref is skipped, and the rest still count.
 */
export function ownershipKeys(ownershipEntityRefs: unknown): Set<string> {
  const keys = new Set<string>();
  if (!Array.isArray(ownershipEntityRefs)) return keys;
  for (const ref of ownershipEntityRefs) {
    if (typeof ref !== 'string') continue;
    const check = checkEntityRef(ref, 'group');
    if (check.ok) keys.add(check.key);
  }
  return keys;
}

/**
 * The persona that applies without the reader's own choice: the first
 * persona, in config order, whose `groups` lists one of the reader's
 * ownership refs; else the default persona; else all personas.
 */
export function automaticPersona(
  personas: readonly Persona[],
  defaultPersona: string | undefined,
  ownership: ReadonlySet<string>,
): PersonaChoice {
  for (const persona of personas) {
    const matched = persona.groups.find(group => ownership.has(group));
    if (matched) {
      return {
        personaId: persona.id,
        reason: { type: 'group', entityRef: matched },
      };
    }
  }
  if (defaultPersona && isSelectable(personas, defaultPersona)) {
    return { personaId: defaultPersona, reason: { type: 'default' } };
  }
  return { personaId: ALL_PERSONAS, reason: { type: 'none' } };
}
