import { coreApis, useApi } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
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
  return useMemo(() => {
    // Targets and annotations are immutable, so each link is built once per
    // page however often the filter re-renders its row.
    const built = new WeakMap<DocsTarget, Map<object | undefined, string>>();
    const linking = { viewTechDoc, caseSensitive };
    return (target: DocsTarget, annotations?: Record<string, string>) => {
      let byAnnotations = built.get(target);
      if (!byAnnotations) {
        byAnnotations = new Map();
        built.set(target, byAnnotations);
      }
      let href = byAnnotations.get(annotations);
      if (href === undefined) {
        href = docsHref(target, linking, annotations);
        byAnnotations.set(annotations, href);
      }
      return href;
    };
  }, [viewTechDoc, caseSensitive]);
}
