import { useRouteRef } from '@backstage/core-plugin-api';
import {
  RoutingIntegration,
  RoutingProvider,
} from '@backstage/frontend-plugin-api/routing';
import { ReactNode } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import { DocsRoutesProvider } from './DocsRoutes';
import { rootRouteRef, viewTechDocRouteRef } from './routes';
import { usePageHref } from './usePageHref';

/** Targets that are not paths inside the app: `https:`, `mailto:` and the like. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Navigation for the plugin's links (Backstage's RouterLink) through React
 * Router, which legacy apps route with. Without it, RouterLink in a legacy
 * app falls back to a full page load for every click.
 */
function useReactRouterIntegration(): RoutingIntegration {
  const navigate = useNavigate();
  const location = useLocation();
  // The app's base path, such as `/` or `/backstage/`.
  const base = useHref('/').replace(/\/$/, '');
  const createHref = (to: string) =>
    EXTERNAL.test(to) || !to.startsWith('/') ? to : `${base}${to}`;
  return {
    createHref,
    navigate: (to, options) => {
      if (EXTERNAL.test(to)) window.location.assign(to);
      else navigate(to, options);
    },
    pathname: `${base}${location.pathname}`,
  };
}

/**
 * Route bindings and link navigation for the plugin's components in the
 * legacy frontend system.
 */
export function LegacyRouting(props: { children: ReactNode }) {
  const viewTechDoc = useRouteRef(viewTechDocRouteRef);
  const pageHref = usePageHref(useRouteRef, rootRouteRef);
  return (
    <RoutingProvider useRoutingIntegration={useReactRouterIntegration}>
      <DocsRoutesProvider viewTechDoc={viewTechDoc} pageHref={pageHref}>
        {props.children}
      </DocsRoutesProvider>
    </RoutingProvider>
  );
}
