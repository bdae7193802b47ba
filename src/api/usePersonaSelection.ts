import { useApi } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import useObservable from 'react-use/esm/useObservable';
import { personaApiRef, PersonaSelection } from './PersonaApi';

/** The reader's persona and a way to change it. */
export interface PersonaSelectionState {
  /** Undefined until the persona API has settled on a selection. */
  selection?: PersonaSelection;
  /** Stores a persona id, or `all`. */
  selectPersona(personaId: string): Promise<void>;
  /** Goes back to the automatic persona. */
  clearSelection(): Promise<void>;
}

/**
 * The reader's persona, kept up to date from the persona API. The plugin's
 * own surfaces take the personas themselves from the store, their one
 * source.
 */
export function usePersonaSelection(): PersonaSelectionState {
  const api = useApi(personaApiRef);
  const selection$ = useMemo(() => api.selection$(), [api]);
  const selection = useObservable(selection$);
  return useMemo(
    () => ({
      selection,
      selectPersona: (personaId: string) => api.selectPersona(personaId),
      clearSelection: () => api.clearSelection(),
    }),
    [api, selection],
  );
}
