/**
 * Persona-aware documentation navigation for Backstage: a page that shows
 * each reader the TechDocs pages, in-app pages and links meant for who they
 * are, and a persona API other plugins can follow.
 *
 * @packageDocumentation
 */

export {
  EntityPersonaDocsCard,
  HomePagePersonaDocsCard,
  personaDocsPlugin,
  PersonaDocsPage,
  PersonaDocsSettings,
  PersonaDocsTechDocsAddon,
} from './plugin';
export { personaApiRef } from './api/PersonaApi';
export type {
  PersonaApi,
  PersonaChoice,
  PersonaReason,
  PersonaSelection,
} from './api/PersonaApi';
export { usePersona } from './api/usePersona';
export type { UsePersonaResult } from './api/usePersona';
export { ALL_PERSONAS } from './model/types';
export type { LocalizedText, Persona } from './model/types';
export { personaDocsTranslationRef } from './translation';
export { personaDocsTranslations } from './translationResource';
