import { ALL_PERSONAS, Persona } from './types';

/**
 * Whether readers can pick this id: a configured persona's, or `all`.
 */
export function isSelectable(
  personas: readonly Persona[],
  id: unknown,
): id is string {
  return id === ALL_PERSONAS || personas.some(persona => persona.id === id);
}

/**
 * The title readers see for a persona id; `allTitle` for `all`, the id
 * itself for an id no persona has.
 */
export function personaTitle(
  personas: readonly Persona[],
  id: string,
  allTitle: string,
): string {
  if (id === ALL_PERSONAS) return allTitle;
  return personas.find(persona => persona.id === id)?.title ?? id;
}
