import { createDevApp } from '@backstage/frontend-dev-utils';
import personaDocsPlugin from '../src/alpha';
import { techDocsDevWorldFeatures } from './newSystemDevApp';

// The new frontend system dev app. The persona page's TechDocs links resolve
// through the viewTechDoc route's default target, techdocs.docRoot, because
// the TechDocs plugin is installed; no binding needed.
createDevApp({
  features: [personaDocsPlugin, ...techDocsDevWorldFeatures()],
});
