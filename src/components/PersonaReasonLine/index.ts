export { PersonaReasonLine } from './PersonaReasonLine';
export type { ShownPersonaReason } from './PersonaReasonLine';
