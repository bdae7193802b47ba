import { StorageApi } from '@backstage/frontend-plugin-api';
import { JsonValue } from '@backstage/types';

/**
 * Writes a key (undefined removes it) and says how it went: `timeout` when
 * storage has not answered within `timeoutMs`, so that a write that hangs
 * never holds up later ones. Such a write may still land later, over newer
 * ones: `onLateSuccess` is then called, to check what storage holds.
 */
export function writeKey(
  storageApi: StorageApi,
  bucketName: string,
  key: string,
  value: JsonValue | undefined,
  timeoutMs: number,
  onLateSuccess: () => void,
): Promise<'ok' | 'failed' | 'timeout'> {
  let write: Promise<void>;
  try {
    const bucket = storageApi.forBucket(bucketName);
    write = value === undefined ? bucket.remove(key) : bucket.set(key, value);
  } catch (error) {
    write = Promise.reject(error);
  }
  return new Promise(resolve => {
    const timer = setTimeout(() => {
      resolve('timeout');
      write.then(onLateSuccess, () => {});
    }, timeoutMs);
    write.then(
      () => resolve('ok'),
      () => resolve('failed'),
    );
    write.finally(() => clearTimeout(timer)).catch(() => {});
  });
}
