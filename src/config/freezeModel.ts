import { DocsEntry, LocalizedText, PersonaDocsModel } from '../model/types';

function freezeTranslations(
  translations: Readonly<Record<string, LocalizedText>> | undefined,
) {
  if (!translations) return;
  Object.values(translations).forEach(text => Object.freeze(text));
  Object.freeze(translations);
}

/**
 * Freezes the model all the way down. The model is shared by every surface
 * of an app; frozen, a caller that changes what it was given fails at once
 * instead of changing what everyone else sees.
 */
export function freezeModel(model: PersonaDocsModel): PersonaDocsModel {
  for (const persona of model.personas) {
    Object.freeze(persona.groups);
    freezeTranslations(persona.translations);
    Object.freeze(persona);
  }
  Object.freeze(model.personas);
  // A stack of entries to visit, filled item by item: spreading a list of
  // 150,000 entries into push() overflows the call stack.
  const pending: DocsEntry[] = [];
  for (const section of model.sections) {
    for (const entry of section.entries) pending.push(entry);
    Object.freeze(section.entries);
    freezeTranslations(section.translations);
    Object.freeze(section);
  }
  while (pending.length > 0) {
    const entry = pending.pop()!;
    for (const child of entry.children) pending.push(child);
    Object.freeze(entry.children);
    if (entry.personas) Object.freeze(entry.personas);
    if (entry.target) Object.freeze(entry.target);
    if (entry.entities) Object.freeze(entry.entities);
    if (entry.fromCatalog) {
      entry.fromCatalog.filters.forEach(filter => Object.freeze(filter));
      Object.freeze(entry.fromCatalog.filters);
      Object.freeze(entry.fromCatalog);
    }
    freezeTranslations(entry.translations);
    Object.freeze(entry);
  }
  Object.freeze(model.sections);
  for (const problem of model.problems) Object.freeze(problem);
  Object.freeze(model.problems);
  return Object.freeze(model);
}
