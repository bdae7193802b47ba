import { useApi } from '@backstage/frontend-plugin-api';
import {
  createContext,
  ReactNode,
  useContext,
  useEffect,
  useState,
} from 'react';
import { PersonaDocsStore } from './PersonaDocsStore';
import { personaDocsStoreApiRef } from './PersonaDocsStoreApi';

const StoreContext = createContext<PersonaDocsStore | undefined>(undefined);

/**
 * Renders its children once the app's store is at hand, and hands it to
 * them. The store's code is in the same chunk as every surface, so the
 * wait is a tick, not a request.
 */
export function PersonaDocsStoreProvider(props: { children: ReactNode }) {
  const api = useApi(personaDocsStoreApiRef);
  const [store, setStore] = useState<PersonaDocsStore>();
  useEffect(() => {
    let current = true;
    api.load().then(loaded => {
      if (current) setStore(loaded);
    });
    return () => {
      current = false;
    };
  }, [api]);
  return store ? (
    <StoreContext.Provider value={store}>
      {props.children}
    </StoreContext.Provider>
  ) : null;
}

/** The store of the surface being rendered. */
export function usePersonaDocsStore(): PersonaDocsStore {
  const store = useContext(StoreContext);
  if (!store) {
    throw new Error(
      'Persona docs components must be rendered inside the surfaces of the persona docs plugin',
    );
  }
  return store;
}
