export { PersonaDocsPage } from './PersonaDocsPage';
