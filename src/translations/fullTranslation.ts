import {
  createTranslationMessages,
  TranslationMessages,
} from '@backstage/frontend-plugin-api';
import { personaDocsTranslationRef } from '../translation';
import { englishMessages } from './en';

/** The keys of nested messages, as translations write them: `page.title`. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message of the plugin, by key, as a language must give them. */
export type PersonaDocsMessages = {
  [key in KeysOf<typeof englishMessages>]: string;
};

/**
 * A language's messages for the plugin, checked by the compiler to give
 * every English message and no other. The keys come from the English
 * messages rather than from the translation ref, and the declared type is
 * plain, so that the ref can load a language's file without its own type
 * depending on itself; `createTranslationMessages` with `full: true` checks
 * the two agree.
 */
export function fullTranslation(
  messages: PersonaDocsMessages,
): TranslationMessages<'plugin.persona-docs', { [key: string]: string }, true> {
  return createTranslationMessages({
    ref: personaDocsTranslationRef,
    full: true,
    messages,
  });
}
