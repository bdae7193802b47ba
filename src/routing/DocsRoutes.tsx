import { createContext, ReactNode, useContext } from 'react';

/**
 * Gives the path of an entity's TechDocs reader page, as the `viewTechDoc`
 * external route is bound in the app; undefined when it is not bound.
 */
export type ViewTechDocRoute =
  | ((params: { namespace: string; kind: string; name: string }) => string)
  | undefined;

const DocsRoutesContext = createContext<
  { viewTechDoc: ViewTechDocRoute } | undefined
>(undefined);

/**
 * Hands the app's route bindings to the plugin's components. Each frontend
 * system resolves routes its own way, so each system's wiring provides them
 * (see LegacyRouting and NewSystemRouting), and the shared components read
 * them from here.
 */
export function DocsRoutesProvider(props: {
  viewTechDoc: ViewTechDocRoute;
  children: ReactNode;
}) {
  return (
    <DocsRoutesContext.Provider value={{ viewTechDoc: props.viewTechDoc }}>
      {props.children}
    </DocsRoutesContext.Provider>
  );
}

/**
 * The `viewTechDoc` route of the app.
 */
export function useViewTechDocRoute(): ViewTechDocRoute {
  const routes = useContext(DocsRoutesContext);
  if (!routes) {
    throw new Error(
      'Persona docs components must be rendered inside the extensions of the persona docs plugin',
    );
  }
  return routes.viewTechDoc;
}
