export { personaApiRef } from './PersonaApi';
export type {
  PersonaApi,
  PersonaChoice,
  PersonaReason,
  PersonaSelection,
} from './PersonaApi';
export { DefaultPersonaApi } from './DefaultPersonaApi';
export type { DefaultPersonaApiOptions } from './DefaultPersonaApi';
export { usePersona } from './usePersona';
export type { UsePersonaResult } from './usePersona';
