import { coreApis, useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { ownershipKeys } from '../api/automaticPersona';
import { CoverageSettings } from '../model/types';

/**
 * Whether the signed-in reader sees the coverage view: everyone does unless
 * `coverage.viewers` lists users or groups, and then their members do. It
 * only shows what the reader may read anyway; this keeps it out of the way
 * of readers it is not meant for.
 */
export function useCoverageAccess(settings: CoverageSettings): boolean {
  const identityApi = useApi(coreApis.identity);
  const { viewers } = settings;
  const { value } = useAsync(async () => {
    if (!viewers) return true;
    try {
      const identity = await identityApi.getBackstageIdentity();
      const ownership = ownershipKeys(identity?.ownershipEntityRefs);
      return viewers.some(ref => ownership.has(ref));
    } catch {
      return false;
    }
  }, [identityApi, viewers]);
  return value ?? false;
}
