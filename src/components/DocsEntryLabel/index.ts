export { DocsEntryLabel, ENTRY_LINK_ATTRIBUTE } from './DocsEntryLabel';
