import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import {
  buildTechDocsURL,
  toLowercaseEntityRefMaybe,
} from '@backstage/plugin-techdocs-react';
import { useCallback } from 'react';
import { DocsTarget } from '../model/types';
import { useViewTechDocRoute } from '../routing/DocsRoutes';

type DocsRouteParams = { namespace: string; kind: string; name: string };

/**
 * Gives the href of an entry's target.
 *
 * @internal
 */
export type DocsTargetHref = (
  target: DocsTarget,
  annotations?: Record<string, string>,
) => string;

/**
 * Returns a function giving the href of an entry's target. TechDocs links go
 * through the `viewTechDoc` external route (bound to TechDocs' docRoot by
 * default) or, when the app leaves it unbound, the standard
 * `/docs/:namespace/:kind/:name` path; entity refs are lowercased unless the
 * app sets `techdocs.legacyUseCaseSensitiveTripletPaths`.
 *
 * @internal
 */
export function useDocsTargetHref(): DocsTargetHref {
  const config = useApi(configApiRef);
  const viewTechDoc = useViewTechDocRoute();
  return useCallback(
    (target, annotations) => {
      if (target.type === 'url') return target.url;
      const docsRoot = (params: DocsRouteParams) => {
        const ref = toLowercaseEntityRefMaybe({ ...params }, config);
        return viewTechDoc
          ? viewTechDoc(ref)
          : `/docs/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(
              ref.kind,
            )}/${encodeURIComponent(ref.name)}`;
      };
      // buildTechDocsURL honours the techdocs-entity annotations, which can
      // send a site to another entity's docs.
      const root =
        buildTechDocsURL(
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: target.kind,
            metadata: {
              namespace: target.namespace,
              name: target.name,
              ...(annotations && { annotations }),
            },
          },
          docsRoot,
        ) ?? docsRoot(target);
      return target.path ? `${root.replace(/\/$/, '')}/${target.path}` : root;
    },
    [config, viewTechDoc],
  );
}
