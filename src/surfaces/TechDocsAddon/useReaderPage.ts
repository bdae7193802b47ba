import { useAppLocation } from '@backstage/frontend-plugin-api';
import { useTechDocsReaderPage } from '@backstage/plugin-techdocs-react';
import { useDocsRoutes } from '../../routing/DocsRoutes';
import { docsHref } from '../../techdocs/docsHref';

/**
 * The TechDocs page the reader has open: its entity, and its path inside
 * the site (what the URL has after the site's root).
 */
export function useReaderPage(): {
  entity: { kind: string; namespace: string; name: string };
  path: string;
} {
  const { entityRef } = useTechDocsReaderPage();
  const { viewTechDoc } = useDocsRoutes();
  const { pathname } = useAppLocation();
  // Compared case-insensitively: the reader's URL may have either case.
  const root = docsHref(
    {
      type: 'techdocs',
      entityRef: '',
      kind: entityRef.kind,
      namespace: entityRef.namespace,
      name: entityRef.name,
    },
    { viewTechDoc, caseSensitive: false },
  ).toLocaleLowerCase('en-US');
  const here = safeDecode(pathname);
  const path = here.toLocaleLowerCase('en-US').startsWith(root)
    ? here.slice(root.length)
    : '';
  return { entity: entityRef, path };
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
