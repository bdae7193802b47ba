import { RouteRef } from '@backstage/core-plugin-api';

/**
 * Where the persona docs page is mounted; undefined when the app has not
 * mounted it, as a legacy app may use the other surfaces without the page.
 * The legacy system's `useRouteRef` throws for a route that is not mounted,
 * which is why its call sits in a `try`, as in Backstage's own routable
 * extensions. The hook is called on every render all the same.
 */
export function usePageHref(
  useRouteRef: (ref: RouteRef) => (() => string) | undefined,
  rootRouteRef: RouteRef,
): string | undefined {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks -- not conditional: see above
    return useRouteRef(rootRouteRef)?.();
  } catch {
    return undefined;
  }
}
