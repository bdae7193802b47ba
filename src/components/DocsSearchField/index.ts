export { DocsSearchControls } from './DocsSearchControls';
export { DocsSearchField } from './DocsSearchField';
