export { EmptySections } from './EmptySections';
