import {
  coreApis,
  ErrorApi,
  IdentityApi,
  StorageApi,
} from '@backstage/frontend-plugin-api';
import {
  PersonaDocsStoreApi,
  personaDocsStoreApiRef,
} from '../store/PersonaDocsStoreApi';
import { DefaultPersonaApi } from './DefaultPersonaApi';

/**
 * The utility APIs the default persona API needs, shared by the legacy
 * `createApiFactory` and the new system's `ApiBlueprint`.
 */
export const personaApiDeps = {
  storeApi: personaDocsStoreApiRef,
  storageApi: coreApis.storage,
  errorApi: coreApis.error,
  identityApi: coreApis.identity,
};

/**
 * Builds the persona API of an app. The personas are read from the store
 * when the API is first used, not when it is built.
 */
export function createPersonaApi(deps: {
  storeApi: PersonaDocsStoreApi;
  storageApi: StorageApi;
  errorApi?: ErrorApi;
  identityApi: IdentityApi;
}): DefaultPersonaApi {
  return new DefaultPersonaApi({
    loadModel: async () => (await deps.storeApi.load()).configured.model,
    storageApi: deps.storageApi,
    errorApi: deps.errorApi,
    identityApi: deps.identityApi,
  });
}
