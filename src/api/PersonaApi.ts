import { createApiRef } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import { Persona } from '../model/types';

/**
 * Why a persona applies to the current reader.
 *
 * - `chosen`: the reader picked it (stored through the StorageApi).
 * - `group`: the reader owns `entityRef`, which a persona's `groups` lists.
 * - `default`: the configured `defaultPersona`.
 * - `none`: nothing applies, so the reader sees all personas.
 *
 * @public
 */
export type PersonaReason =
  | { type: 'chosen' }
  | { type: 'group'; entityRef: string }
  | { type: 'default' }
  | { type: 'none' };

/**
 * A persona (or `all`) together with the reason it applies.
 *
 * @public
 */
export interface PersonaChoice {
  /** A persona id, or `all` for every persona. */
  personaId: string;
  reason: PersonaReason;
}

/**
 * The reader's current persona, and what would apply without their own
 * choice (what clearing the selection returns to).
 *
 * @public
 */
export interface PersonaSelection extends PersonaChoice {
  automatic: PersonaChoice;
  /**
   * Set when the reader's last choice could not be stored; it then applies
   * until the page is reloaded.
   */
  unsaved?: boolean;
}

/**
 * Knows the configured personas and which one the signed-in reader is.
 *
 * Precedence: the reader's stored choice, then the first persona (in config
 * order) whose `groups` contains one of the reader's ownership entity refs,
 * then the configured `defaultPersona`, then all personas.
 *
 * @public
 */
export interface PersonaApi {
  /** The configured personas, in config order. */
  getPersonas(): Persona[];
  /** The current selection, now and whenever it changes. */
  selection$(): Observable<PersonaSelection>;
  /** The current selection. */
  getSelection(): Promise<PersonaSelection>;
  /**
   * Stores the reader's choice: a persona id, or `all`.
   * Rejects for an unknown id.
   */
  selectPersona(personaId: string): Promise<void>;
  /** Forgets the reader's choice, going back to the automatic persona. */
  clearSelection(): Promise<void>;
}

/**
 * The {@link PersonaApi} of the persona docs plugin, for other plugins that
 * want to know or set the reader's persona.
 *
 * @public
 */
export const personaApiRef = createApiRef<PersonaApi>().with({
  id: 'plugin.persona-docs.persona',
  pluginId: 'persona-docs',
});
