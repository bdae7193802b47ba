export {
  DocsEntryLabel,
  ENTRY_LINK_ATTRIBUTE,
  entryDomId,
} from './DocsEntryLabel';
