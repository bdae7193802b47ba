import {
  ConfigApi,
  coreApis,
  createApiRef,
} from '@backstage/frontend-plugin-api';
import type { PersonaDocsStore } from './PersonaDocsStore';

/**
 * Gives the app's one {@link PersonaDocsStore}. The store's code and the
 * config reader stay out of the app's entry chunk: they load, and the
 * config is read, when the first surface or the persona API asks.
 */
export interface PersonaDocsStoreApi {
  /** The store, built on the first call and the same one afterwards. */
  load(): Promise<PersonaDocsStore>;
}

/** The store, registered like the plugin's other APIs; not exported. */
export const personaDocsStoreApiRef = createApiRef<PersonaDocsStoreApi>().with({
  id: 'plugin.persona-docs.store',
  pluginId: 'persona-docs',
});

/** What the store needs, for both frontend systems' API factories. */
export const personaDocsStoreApiDeps = { configApi: coreApis.config };

/** Builds the store API of an app; nothing is read until `load()`. */
export function createPersonaDocsStoreApi(deps: {
  configApi: ConfigApi;
}): PersonaDocsStoreApi {
  let store: Promise<PersonaDocsStore> | undefined;
  return {
    load() {
      store ??= import('./PersonaDocsStore').then(
        m => new m.PersonaDocsStore(deps.configApi),
      );
      return store;
    },
  };
}
