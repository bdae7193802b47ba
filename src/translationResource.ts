import { createTranslationResource } from '@backstage/frontend-plugin-api';
import { personaDocsTranslationRef } from './translation';

/**
 * The plugin's German, French, Spanish and Japanese texts as a translation
 * resource, for apps that take translations as a list of resources: Red Hat
 * Developer Hub 1.x names it under `translationResources`, as the import
 * name `personaDocsTranslations`. Other apps need nothing: the translation
 * ref brings the same texts itself.
 *
 * @public
 */
export const personaDocsTranslations = createTranslationResource({
  ref: personaDocsTranslationRef,
  translations: {
    de: () => import('./translations/de'),
    fr: () => import('./translations/fr'),
    es: () => import('./translations/es'),
    ja: () => import('./translations/ja'),
  },
});
