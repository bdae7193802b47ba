/**
 * Persona-aware documentation navigation for Backstage: a "Docs by persona"
 * page over TechDocs, in-app pages and external links.
 *
 * @packageDocumentation
 */

export { personaDocsPlugin, PersonaDocsPage } from './plugin';
export { readPersonaDocsConfig } from './config/readPersonaDocsConfig';
export { BEP_PERSONAS, BEP_SECTIONS } from './model/bepDefaults';
export { ALL_PERSONAS } from './model/types';
export type {
  ConfigProblem,
  DocsEntry,
  DocsSection,
  DocsTarget,
  Persona,
  PersonaDocsModel,
  TechDocsTarget,
  UrlTarget,
} from './model/types';
export { DocsTreeIndex } from './tree';
export type {
  EntryMatch,
  TextRange,
  VisibleEntry,
  VisibleSection,
  VisibleTree,
} from './tree';
export { DefaultPersonaApi, personaApiRef, usePersona } from './api';
export type {
  DefaultPersonaApiOptions,
  PersonaApi,
  PersonaChoice,
  PersonaReason,
  PersonaSelection,
  UsePersonaResult,
} from './api';
