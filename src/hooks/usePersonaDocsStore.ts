import { coreApis, useApi } from '@backstage/frontend-plugin-api';
import { PersonaDocsStore } from '../store/PersonaDocsStore';

/**
 * The app's persona docs: its model and tree index, built on first use and
 * shared by every surface.
 */
export function usePersonaDocsStore(): PersonaDocsStore {
  return PersonaDocsStore.of(useApi(coreApis.config));
}
