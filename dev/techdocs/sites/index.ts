import { parseFixtureSite } from '../FixtureSite';
import backstageDocsCatalogInfo from './backstage-docs/catalog-info.yaml';
import backstageDocsMkdocs from './backstage-docs/mkdocs.yaml';
import backstageDocsDocs from './backstage-docs/docs.yaml';
import developerGuideCatalogInfo from './developer-guide/catalog-info.yaml';
import developerGuideMkdocs from './developer-guide/mkdocs.yaml';
import developerGuideDocs from './developer-guide/docs.yaml';

/**
 * `component:default/backstage-docs`: the Backstage documentation, following
 * the example table of contents of the personas BEP.
 *
 * @public
 */
export const backstageDocsSite = parseFixtureSite({
  catalogInfo: backstageDocsCatalogInfo,
  mkdocs: backstageDocsMkdocs,
  docs: backstageDocsDocs,
});

/**
 * `component:default/developer-guide`: the guide to Backstage for developers
 * and IT employees.
 *
 * @public
 */
export const developerGuideSite = parseFixtureSite({
  catalogInfo: developerGuideCatalogInfo,
  mkdocs: developerGuideMkdocs,
  docs: developerGuideDocs,
});

/**
 * All TechDocs sites of the dev apps.
 *
 * @public
 */
export const fixtureSites = [backstageDocsSite, developerGuideSite];
