import {
  createExternalRouteRef,
  createRouteRef,
} from '@backstage/core-plugin-api';

/**
 * The "Docs by persona" page.
 */
export const rootRouteRef = createRouteRef({ id: 'persona-docs' });

/**
 * Where `docs` entries lead: the TechDocs reader of an entity. Bound to
 * TechDocs' `docRoot` by default; when an app leaves it unbound, the plugin
 * links to the standard `/docs/:namespace/:kind/:name` path instead.
 */
export const viewTechDocRouteRef = createExternalRouteRef({
  id: 'view-techdoc',
  optional: true,
  params: ['namespace', 'kind', 'name'],
  defaultTarget: 'techdocs.docRoot',
});
