export { PersonaDocsAddon } from './PersonaDocsAddon';
