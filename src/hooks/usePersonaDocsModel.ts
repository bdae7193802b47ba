import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { getPersonaDocsModel } from '../config/personaDocsModelCache';
import { PersonaDocsModel } from '../model/types';

/**
 * The persona docs model of the app's config, read once per app.
 *
 * @internal
 */
export function usePersonaDocsModel(): PersonaDocsModel {
  return getPersonaDocsModel(useApi(configApiRef));
}
