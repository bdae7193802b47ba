import { useCallback } from 'react';
import { DocsEntry, Persona } from '../../../model/types';
import { useDocsTargetHref } from '../../../techdocs/useDocsTargetHref';
import { VisibleEntry } from '../../../tree/types';
import { EntryRow } from './EntryRow';

const openNothing = () => {};

/**
 * The tree's `renderRow` for entry rows. One route lookup for the whole
 * tree rather than one per entry: route hooks follow the URL, and every
 * row would re-render with it.
 */
export function useEntryRows(options: {
  personas: readonly Persona[];
  /** Persona ids to show as badges on an entry; none when undefined. */
  badgesOf?: (entry: DocsEntry) => readonly string[];
  onOpen?: (entry: DocsEntry) => void;
  /** Whether the reader has done an entry, as a learning-path step. */
  isDone?: (entryId: string) => boolean;
}): (node: VisibleEntry) => JSX.Element {
  const { personas, badgesOf, onOpen = openNothing, isDone } = options;
  const hrefOf = useDocsTargetHref();
  return useCallback(
    (node: VisibleEntry) => (
      <EntryRow
        node={node}
        hrefOf={hrefOf}
        personas={personas}
        badges={badgesOf?.(node.entry)}
        onOpen={onOpen}
        done={isDone?.(node.entry.id)}
      />
    ),
    [hrefOf, personas, badgesOf, onOpen, isDone],
  );
}
