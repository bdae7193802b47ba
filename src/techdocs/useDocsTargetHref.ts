import { coreApis, useApi } from '@backstage/frontend-plugin-api';
import { useCallback, useMemo } from 'react';
import { DocsTarget } from '../model/types';
import { useDocsRoutes } from '../routing/DocsRoutes';
import { docsHref } from './docsHref';

/**
 * Gives the href of an entry's target.
 */
export type DocsTargetHref = (
  target: DocsTarget,
  annotations?: Record<string, string>,
) => string;

/**
 * Returns a function giving the href of an entry's target, as this app
 * links to TechDocs.
 */
export function useDocsTargetHref(): DocsTargetHref {
  const config = useApi(coreApis.config);
  const { viewTechDoc } = useDocsRoutes();
  const caseSensitive = useMemo(() => {
    // A mistake elsewhere in app-config (a string here, say) must not take
    // the page down; TechDocs' own helper would throw.
    try {
      return (
        config.getOptionalBoolean(
          'techdocs.legacyUseCaseSensitiveTripletPaths',
        ) ?? false
      );
    } catch {
      return false;
    }
  }, [config]);
  return useCallback(
    (target, annotations) =>
      docsHref(target, { viewTechDoc, caseSensitive }, annotations),
    [viewTechDoc, caseSensitive],
  );
}
