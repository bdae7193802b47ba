export { DocsSectionCard } from './DocsSectionCard';
