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
  /** No query was answered. */
  failed: boolean;
  /** Queries (one per site, up to a few sites) that were not answered. */
  unanswered: number;
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
    const queries = insideQueries(term, sites);
    // One site whose query fails costs its own pages, not the others'.
    const answers = await Promise.allSettled(
      queries.map(query => searchApi.query(query)),
    );
    const answered = answers.flatMap(answer =>
      answer.status === 'fulfilled' ? [answer.value as unknown] : [],
    );
    if (queries.length > 0 && answered.length === 0) {
      throw new Error('Search did not answer');
    }
    const results = answered.flatMap(answer => {
      const list = (answer as { results?: unknown } | null)?.results;
      return Array.isArray(list) ? list : [];
    });
    return {
      groups: groupInsideResults(flat, persona, sites, term, results),
      unanswered: queries.length - answered.length,
    };
  }, [searchApi, flat, persona, term]);
  return {
    available: !!searchApi,
    term,
    loading: state.loading,
    failed: !!state.error,
    unanswered: state.value?.unanswered ?? 0,
    groups: state.value?.groups,
    search: setTerm,
    close: () => setTerm(undefined),
  };
}
