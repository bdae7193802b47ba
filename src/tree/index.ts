export { DocsTreeIndex } from './DocsTreeIndex';
export type {
  EntryMatch,
  TextRange,
  VisibleEntry,
  VisibleSection,
  VisibleTree,
} from './types';
