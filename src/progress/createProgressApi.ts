import { coreApis, ErrorApi, StorageApi } from '@backstage/frontend-plugin-api';
import { DefaultProgressApi } from './DefaultProgressApi';

/** What the progress API needs, for both frontend systems' factories. */
export const progressApiDeps = {
  storageApi: coreApis.storage,
  errorApi: coreApis.error,
};

/** Builds the learning progress API of an app. */
export function createProgressApi(deps: {
  storageApi: StorageApi;
  errorApi?: ErrorApi;
}) {
  return new DefaultProgressApi(deps);
}
