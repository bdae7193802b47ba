export { DocsTree } from './DocsTree';
