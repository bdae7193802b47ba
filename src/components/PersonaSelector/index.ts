export { PersonaSelector } from './PersonaSelector';
