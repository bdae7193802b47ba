export { SectionFilter } from './SectionFilter';
