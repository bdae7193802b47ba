export { SectionsGrid } from './SectionsGrid';
