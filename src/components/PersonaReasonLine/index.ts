export { PersonaReasonLine } from './PersonaReasonLine';
