import { createContext, ReactNode, useContext, useMemo } from 'react';

/**
 * Gives the path of an entity's TechDocs reader page, as the `viewTechDoc`
 * external route is bound in the app; undefined when it is not bound.
 */
export type ViewTechDocRoute =
  | ((params: { namespace: string; kind: string; name: string }) => string)
  | undefined;

/** The routes the plugin's components link to. */
export interface DocsRoutes {
  viewTechDoc: ViewTechDocRoute;
  /** Where the persona docs page is, when the app has it. */
  pageHref?: string;
}

const DocsRoutesContext = createContext<DocsRoutes | undefined>(undefined);

/**
 * Hands the app's route bindings to the plugin's components. Each frontend
 * system resolves routes its own way, so each system's wiring provides them
 * (see LegacyRouting and NewSystemRouting), and the shared components read
 * them from here.
 */
export function DocsRoutesProvider(
  props: DocsRoutes & {
    children: ReactNode;
  },
) {
  const { viewTechDoc, pageHref, children } = props;
  const value = useMemo(
    () => ({ viewTechDoc, pageHref }),
    [viewTechDoc, pageHref],
  );
  return (
    <DocsRoutesContext.Provider value={value}>
      {children}
    </DocsRoutesContext.Provider>
  );
}

/**
 * The `viewTechDoc` route of the app.
 */
export function useDocsRoutes(): DocsRoutes {
  const routes = useContext(DocsRoutesContext);
  if (!routes) {
    throw new Error(
      'Persona docs components must be rendered inside the extensions of the persona docs plugin',
    );
  }
  return routes;
}
