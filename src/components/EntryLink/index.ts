export { EntryLink } from './EntryLink';
export { EntryList } from './EntryList';
export { useEntryTexts } from './useEntryTexts';
