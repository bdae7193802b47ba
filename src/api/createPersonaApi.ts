import {
  ConfigApi,
  coreApis,
  ErrorApi,
  IdentityApi,
  StorageApi,
} from '@backstage/frontend-plugin-api';
import { DefaultPersonaApi } from './DefaultPersonaApi';

/**
 * The utility APIs the default persona API needs, shared by the legacy
 * `createApiFactory` and the new system's `ApiBlueprint`.
 */
export const personaApiDeps = {
  configApi: coreApis.config,
  storageApi: coreApis.storage,
  errorApi: coreApis.error,
  identityApi: coreApis.identity,
};

/**
 * Builds the persona API of an app. The config is read when the API is
 * first used, not when it is built.
 */
export function createPersonaApi(deps: {
  configApi: ConfigApi;
  storageApi: StorageApi;
  errorApi?: ErrorApi;
  identityApi: IdentityApi;
}): DefaultPersonaApi {
  return new DefaultPersonaApi({
    // Loaded on first use: the reader and the model stay out of the code
    // every page of the app loads.
    loadModel: () =>
      import('../store/PersonaDocsStore').then(
        m => m.PersonaDocsStore.of(deps.configApi).configured.model,
      ),
    storageApi: deps.storageApi,
    errorApi: deps.errorApi,
    identityApi: deps.identityApi,
  });
}
