import { useApi } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import useObservable from 'react-use/esm/useObservable';
import { Persona } from '../model/types';
import { personaApiRef, PersonaSelection } from './PersonaApi';

/**
 * What {@link usePersona} returns.
 *
 * @public
 */
export interface UsePersonaResult {
  /** The configured personas, in config order. */
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
 * {@link PersonaApi}.
 *
 * @public
 */
export function usePersona(): UsePersonaResult {
  const api = useApi(personaApiRef);
  const selection$ = useMemo(() => api.selection$(), [api]);
  const selection = useObservable(selection$);
  return useMemo(
    () => ({
      personas: api.getPersonas(),
      selection,
      selectPersona: (personaId: string) => api.selectPersona(personaId),
      clearSelection: () => api.clearSelection(),
    }),
    [api, selection],
  );
}
