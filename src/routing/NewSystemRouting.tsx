import { useRouteRef } from '@backstage/frontend-plugin-api';
import { ReactNode } from 'react';
import { DocsRoutesProvider } from './DocsRoutes';
import { rootRouteRef, viewTechDocRouteRef } from './routes';
import { usePageHref } from './usePageHref';

/**
 * Route bindings for the plugin's components in the new frontend system,
 * whose app history also lets their links navigate within the app.
 */
export function NewSystemRouting(props: { children: ReactNode }) {
  const viewTechDoc = useRouteRef(viewTechDocRouteRef);
  const pageHref = usePageHref(useRouteRef, rootRouteRef);
  return (
    <DocsRoutesProvider viewTechDoc={viewTechDoc} pageHref={pageHref}>
      {props.children}
    </DocsRoutesProvider>
  );
}
