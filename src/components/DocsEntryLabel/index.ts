export { DocsEntryLabel, ENTRY_LINK_ATTRIBUTE } from './DocsEntryLabel';
export { useEntryLabels } from './useEntryLabels';
