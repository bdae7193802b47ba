import {
  configApiRef,
  identityApiRef,
  storageApiRef,
} from '@backstage/frontend-plugin-api';
import { ConfigApi, IdentityApi, StorageApi } from '@backstage/frontend-plugin-api';
import { getPersonaDocsModel } from '../config/personaDocsModelCache';
import { DefaultPersonaApi } from './DefaultPersonaApi';

/**
 * The utility APIs the default persona API needs, shared by the legacy
 * `createApiFactory` and the new system's `ApiBlueprint`.
 *
 * @internal
 */
export const personaApiDeps = {
  configApi: configApiRef,
  storageApi: storageApiRef,
  identityApi: identityApiRef,
};

/**
 * Builds the persona API from the app's config.
 *
 * @internal
 */
export function createPersonaApi(deps: {
  configApi: ConfigApi;
  storageApi: StorageApi;
  identityApi: IdentityApi;
}): DefaultPersonaApi {
  const model = getPersonaDocsModel(deps.configApi);
  return new DefaultPersonaApi({
    personas: model.personas,
    defaultPersona: model.defaultPersona,
    storageApi: deps.storageApi,
    identityApi: deps.identityApi,
  });
}
