export { DocsSearchField } from './DocsSearchField';
