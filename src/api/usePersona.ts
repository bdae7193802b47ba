import { useApi } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { Persona } from '../model/types';
import { personaApiRef, PersonaSelection } from './PersonaApi';
import { usePersonaSelection } from './usePersonaSelection';

const NO_PERSONAS: readonly Persona[] = [];

/**
 * What {@link usePersona} returns.
 *
 * @public
 */
export interface UsePersonaResult {
  /** The configured personas, in config order; empty until they are read. */
  personas: readonly Persona[];
  /** Undefined until the persona API has settled on a selection. */
  selection?: PersonaSelection;
  /** Stores a persona id, or `all`. */
  selectPersona(personaId: string): Promise<void>;
  /** Goes back to the automatic persona. */
  clearSelection(): Promise<void>;
}

/**
 * The reader's persona and a way to change it, kept up to date from the
 * {@link PersonaApi}, with the configured personas: for other plugins.
 *
 * @public
 */
export function usePersona(): UsePersonaResult {
  const api = useApi(personaApiRef);
  const state = usePersonaSelection();
  const { value: personas = NO_PERSONAS } = useAsync(
    () => api.getPersonas(),
    [api],
  );
  return useMemo(() => ({ ...state, personas }), [state, personas]);
}
