export { PersonaDocsPage, NfsPersonaDocsPage } from './PersonaDocsPage';
