export { PersonaSettings } from './PersonaSettings';
