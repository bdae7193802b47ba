import {
  ConfigApi,
  configApiRef,
  IdentityApi,
  identityApiRef,
  StorageApi,
  storageApiRef,
} from '@backstage/frontend-plugin-api';
import { PersonaDocsStore } from '../store/PersonaDocsStore';
import { DefaultPersonaApi } from './DefaultPersonaApi';

/**
 * The utility APIs the default persona API needs, shared by the legacy
 * `createApiFactory` and the new system's `ApiBlueprint`.
 */
export const personaApiDeps = {
  configApi: configApiRef,
  storageApi: storageApiRef,
  identityApi: identityApiRef,
};

/**
 * Builds the persona API of an app. The config is read when the API is
 * first used, not when it is built.
 */
export function createPersonaApi(deps: {
  configApi: ConfigApi;
  storageApi: StorageApi;
  identityApi: IdentityApi;
}): DefaultPersonaApi {
  return new DefaultPersonaApi({
    loadModel: () => PersonaDocsStore.of(deps.configApi).model,
    storageApi: deps.storageApi,
    identityApi: deps.identityApi,
  });
}
