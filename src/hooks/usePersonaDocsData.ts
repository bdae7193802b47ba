import { useApiHolder } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { useEffect, useSyncExternalStore } from 'react';
import { PersonaDocsData } from '../store/PersonaDocsData';
import { CatalogStatus, PersonaDocsStore } from '../store/PersonaDocsStore';
import { usePersonaDocsStore } from '../store/PersonaDocsStoreProvider';

/** The store, asked for the catalog's entries once a surface shows. */
function useLoadingStore(): PersonaDocsStore {
  const store = usePersonaDocsStore();
  const catalogApi = useApiHolder().get(catalogApiRef);
  useEffect(() => store.loadCatalog(catalogApi), [store, catalogApi]);
  return store;
}

/**
 * The app's persona docs: the configured model with the catalog's entries
 * once they are in, and what is computed from it, built on first use and
 * shared by every surface.
 */
export function usePersonaDocsData(): PersonaDocsData {
  const store = useLoadingStore();
  return useSyncExternalStore(store.subscribe, () => store.current);
}

/** Where the catalog's entries stand, and a way to ask again after a failure. */
export function useCatalogStatus(): {
  status: CatalogStatus;
  retry(): void;
} {
  const store = useLoadingStore();
  const catalogApi = useApiHolder().get(catalogApiRef);
  const status = useSyncExternalStore(
    store.subscribe,
    () => store.catalogStatus,
  );
  return { status, retry: () => store.loadCatalog(catalogApi, true) };
}
