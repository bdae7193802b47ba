export { PersonaDocsContent } from './PersonaDocsContent';
