import { useEffect, useRef, useState } from 'react';

/** How long typing must pause before the URL follows the filter box. */
const URL_DELAY_MS = 300;

/**
 * The filter text, answering every keystroke at once, and written to the URL
 * (through `writeToUrl`) once typing pauses: changing the URL re-renders the
 * whole app, which would make every keystroke slow. When the URL changes
 * from elsewhere (a link, the back button), the filter box follows it.
 */
export function useFilterText(
  urlQuery: string,
  writeToUrl: (query: string) => void,
): [string, (query: string) => void] {
  const [query, setQuery] = useState(urlQuery);
  const written = useRef(urlQuery);

  useEffect(() => {
    if (urlQuery !== written.current) {
      written.current = urlQuery;
      setQuery(urlQuery);
    }
  }, [urlQuery]);

  useEffect(() => {
    if (query === written.current) return undefined;
    const timer = setTimeout(() => {
      written.current = query;
      writeToUrl(query);
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, writeToUrl]);

  return [query, setQuery];
}
