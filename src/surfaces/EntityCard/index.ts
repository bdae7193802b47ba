export { EntityPersonaDocsCard } from './EntityPersonaDocsCard';
