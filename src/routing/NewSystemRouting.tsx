import { useRouteRef } from '@backstage/frontend-plugin-api';
import { ReactNode } from 'react';
import { DocsRoutesProvider } from './DocsRoutes';
import { viewTechDocRouteRef } from './routes';

/**
 * Route bindings for the plugin's components in the new frontend system,
 * whose app history also lets their links navigate within the app.
 */
export function NewSystemRouting(props: { children: ReactNode }) {
  const viewTechDoc = useRouteRef(viewTechDocRouteRef);
  return (
    <DocsRoutesProvider viewTechDoc={viewTechDoc}>
      {props.children}
    </DocsRoutesProvider>
  );
}
