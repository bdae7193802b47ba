export { InsideDocsResults } from './InsideDocsResults';
