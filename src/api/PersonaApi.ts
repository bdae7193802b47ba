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
  /** Why this persona applies. */
  reason: PersonaReason;
}

/**
 * The reader's current persona, and what would apply without their own
 * choice (what clearing the selection returns to).
 *
 * @public
 */
export interface PersonaSelection extends PersonaChoice {
  /**
   * What applies without the reader's own choice. Undefined while the
   * reader's identity is still being asked for: a stored choice is shown at
   * once, without waiting for it.
   */
  automatic?: PersonaChoice;
  /**
   * Set while the reader's choice is not stored yet because storage failed
   * or did not answer; it applies on this page meanwhile, and storing it is
   * retried until storage takes it.
   */
  unsaved?: boolean;
  /** Set while storing the reader's choice is taking long. */
  saving?: boolean;
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
  /**
   * The configured personas, in config order. Asynchronous: the config is
   * read when something first asks, not when the app starts.
   */
  getPersonas(): Promise<readonly Persona[]>;
  /**
   * The current selection, now and whenever it changes. A stored choice is
   * emitted at once; `automatic` may follow in a later emission.
   */
  selection$(): Observable<PersonaSelection>;
  /** The current selection, with `automatic` known. */
  getSelection(): Promise<PersonaSelection>;
  /**
   * Stores the reader's choice: a persona id, or `all`. Picking the persona
   * that already applies stores it too, so that it no longer follows group
   * mappings. Rejects for an unknown id; never for a storage failure, which
   * the selection reports as `unsaved` (and retries).
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
