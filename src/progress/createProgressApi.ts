import { coreApis, StorageApi } from '@backstage/frontend-plugin-api';
import { DefaultProgressApi } from './DefaultProgressApi';

/** What the progress API needs, for both frontend systems' factories. */
export const progressApiDeps = { storageApi: coreApis.storage };

/** Builds the learning progress API of an app. */
export function createProgressApi(deps: { storageApi: StorageApi }) {
  return new DefaultProgressApi({ storageApi: deps.storageApi });
}
