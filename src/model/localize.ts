import { LocalizedText } from './types';

/**
 * An item's title and description in the reader's language: its
 * translation for that language (`de-CH`), else for the base language
 * (`de`), else the configured text, field by field.
 */
export function localize(
  item: {
    title?: string;
    description?: string;
    translations?: Readonly<Record<string, LocalizedText>>;
  },
  language: string | undefined,
): LocalizedText {
  const translations = item.translations;
  const exact = language ? translations?.[language] : undefined;
  const base = language ? translations?.[language.split('-')[0]] : undefined;
  return {
    title: exact?.title ?? base?.title ?? item.title,
    description: exact?.description ?? base?.description ?? item.description,
  };
}

/**
 * Items (personas, sections) with their title and description in the
 * reader's language; the same array when none has a translation, so that
 * portals without translations pay nothing.
 */
export function localizeAll<
  T extends {
    title?: string;
    description?: string;
    translations?: Readonly<Record<string, LocalizedText>>;
  },
>(items: readonly T[], language: string | undefined): readonly T[] {
  if (!language || !items.some(item => item.translations)) return items;
  return Object.freeze(
    items.map(item => {
      if (!item.translations) return item;
      const text = localize(item, language);
      return Object.freeze({
        ...item,
        ...(text.title !== undefined && { title: text.title }),
        ...(text.description !== undefined && {
          description: text.description,
        }),
      });
    }),
  );
}
