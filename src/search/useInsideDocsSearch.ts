import { useApiHolder } from '@backstage/frontend-plugin-api';
import { searchApiRef } from '@backstage/plugin-search-react';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { FlatTree } from '../tree/FlatTree';
import {
  groupInsideResults,
  InsideGroup,
  insideQueries,
  sitesOf,
} from './insideDocs';

/** Where a search inside the docs stands. */
export interface InsideDocsSearch {
  /** False when the app has no Backstage Search: the option is not offered. */
  available: boolean;
  /** The term searched for; undefined while no results are asked for. */
  term?: string;
  loading: boolean;
  failed: boolean;
  groups?: InsideGroup[];
  search(term: string): void;
  close(): void;
}

/**
 * Searches the pages of the persona's TechDocs sites through Backstage
 * Search, when the reader asks; the results follow the persona.
 */
export function useInsideDocsSearch(
  flat: FlatTree,
  persona: string | undefined,
): InsideDocsSearch {
  const searchApi = useApiHolder().get(searchApiRef);
  const [term, setTerm] = useState<string>();
  const state = useAsync(async () => {
    if (!searchApi || !persona || term === undefined) return undefined;
    const sites = sitesOf(flat, persona);
    const answers = await Promise.all(
      insideQueries(term, sites).map(query => searchApi.query(query)),
    );
    return groupInsideResults(
      flat,
      persona,
      sites,
      term,
      answers.flatMap(answer => answer.results ?? []),
    );
  }, [searchApi, flat, persona, term]);
  return {
    available: !!searchApi,
    term,
    loading: state.loading,
    failed: !!state.error,
    groups: state.value,
    search: setTerm,
    close: () => setTerm(undefined),
  };
}
