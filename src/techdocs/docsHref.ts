import { buildTechDocsURL } from '@backstage/plugin-techdocs-react';
import { checkEntityRef } from '../model/entityRefs';
import { DocsTarget } from '../model/types';
import { normaliseDocsPath } from '../model/urls';
import { ViewTechDocRoute } from '../routing/DocsRoutes';

/** The annotations through which an entity sends its docs elsewhere. */
const ENTITY_ANNOTATION = 'backstage.io/techdocs-entity';
const PATH_ANNOTATION = 'backstage.io/techdocs-entity-path';

type EntityParams = { namespace: string; kind: string; name: string };

/**
 * How an app links to TechDocs sites.
 */
export interface DocsLinking {
  /** The app's `viewTechDoc` route, when bound. */
  viewTechDoc: ViewTechDocRoute;
  /** `techdocs.legacyUseCaseSensitiveTripletPaths`: keep the refs' case. */
  caseSensitive: boolean;
}

/**
 * The annotations that TechDocs link building honours, kept only when they
 * cannot move a link out of the TechDocs reader: they come from the
 * catalog, which is less trusted than app-config. The entity annotation must
 * be a valid, complete entity ref; the path annotation a page path inside a
 * site (no `..`, scheme, `//` or backslash).
 */
function trustedAnnotations(
  annotations: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!annotations) return undefined;
  const trusted: Record<string, string> = {};
  const entity = annotations[ENTITY_ANNOTATION];
  // An empty default kind makes a ref without a kind invalid, as TechDocs
  // itself ignores such an annotation.
  if (typeof entity === 'string' && checkEntityRef(entity, '').ok) {
    trusted[ENTITY_ANNOTATION] = entity.trim();
  }
  const path = annotations[PATH_ANNOTATION];
  const safePath =
    typeof path === 'string' ? normaliseDocsPath(path) : undefined;
  if (safePath && !safePath.includes('#')) {
    trusted[PATH_ANNOTATION] = safePath;
  }
  return trusted;
}

/**
 * The href of an entry's target. TechDocs links go through the `viewTechDoc`
 * route (TechDocs' reader by default) or, when the app leaves it unbound,
 * the standard `/docs/:namespace/:kind/:name` path, with the entry's page
 * path appended; entity refs are lowercased unless the app keeps their case.
 */
export function docsHref(
  target: DocsTarget,
  linking: DocsLinking,
  annotations?: Record<string, string>,
): string {
  if (target.type === 'url') return target.url;
  const docsRoot = (params: EntityParams) => {
    const ref = linking.caseSensitive
      ? { ...params }
      : {
          namespace: params.namespace.toLocaleLowerCase('en-US'),
          kind: params.kind.toLocaleLowerCase('en-US'),
          name: params.name.toLocaleLowerCase('en-US'),
        };
    return linking.viewTechDoc
      ? linking.viewTechDoc(ref)
      : `/docs/${encodeURIComponent(ref.namespace)}/${encodeURIComponent(
          ref.kind,
        )}/${encodeURIComponent(ref.name)}`;
  };
  const trusted = trustedAnnotations(annotations);
  let root =
    buildTechDocsURL(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: target.kind,
        metadata: {
          namespace: target.namespace,
          name: target.name,
          ...(trusted && { annotations: trusted }),
        },
      },
      docsRoot,
    ) ?? docsRoot(target);
  // Whatever the annotations did, the link stays in the reader of an entity.
  const redirected = trusted?.[ENTITY_ANNOTATION];
  const entity = redirected ? checkEntityRef(redirected, '') : undefined;
  const readerRoot = docsRoot(entity?.ok ? entity.ref : target);
  if (!root.startsWith(readerRoot)) root = docsRoot(target);
  return target.path ? `${root.replace(/\/$/, '')}/${target.path}` : root;
}
