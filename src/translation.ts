import {
  createTranslationRef,
  TranslationMessages,
} from '@backstage/frontend-plugin-api';
import { englishMessages } from './translations/en';

/**
 * A language's messages, as a translation ref's loaders give them. Each
 * language's file is checked against this ref's messages where it is
 * written (`createTranslationMessages` with `full: true`); its declared type
 * is plain, or this ref's type would depend on itself.
 */
function messagesOf(module: { default: TranslationMessages }): {
  default: any;
} {
  return { default: module.default.messages };
}

/**
 * Every string the persona docs plugin shows, on its page and on every
 * other surface, in English, German, French, Spanish and Japanese. Apps
 * override them, or add languages, with translation resources
 * (TranslationBlueprint in the new frontend system,
 * `__experimentalTranslations` in the legacy one).
 *
 * @public
 */
export const personaDocsTranslationRef = createTranslationRef({
  id: 'plugin.persona-docs',
  // Loaded only for a reader whose app language it is.
  translations: {
    de: async () => messagesOf(await import('./translations/de')),
    fr: async () => messagesOf(await import('./translations/fr')),
    es: async () => messagesOf(await import('./translations/es')),
    ja: async () => messagesOf(await import('./translations/ja')),
  },
  messages: englishMessages,
});
