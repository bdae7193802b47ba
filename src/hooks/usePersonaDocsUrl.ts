import { useCallback, useMemo } from 'react';
import { useAppSearchParams } from '@backstage/frontend-plugin-api';

/**
 * What the page's URL says, so a link shows exactly what its sender saw:
 * `?persona=<id|all>&section=<id>&q=<text>&view=coverage`.
 */
export interface PersonaDocsUrl {
  persona?: string;
  section?: string;
  query: string;
  /** `coverage` for the coverage view; the docs otherwise. */
  view?: string;
}

const PARAMS = {
  persona: 'persona',
  section: 'section',
  query: 'q',
  view: 'view',
} as const;

/**
 * Reads and updates the page's URL. Updates replace the history entry, so
 * typing in the filter box does not fill the back button with keystrokes.
 */
export function usePersonaDocsUrl(): [
  PersonaDocsUrl,
  (change: Partial<PersonaDocsUrl>) => void,
] {
  const [params, setParams] = useAppSearchParams();
  const url = useMemo(
    () => ({
      persona: params.get(PARAMS.persona) || undefined,
      section: params.get(PARAMS.section) || undefined,
      query: params.get(PARAMS.query) ?? '',
      view: params.get(PARAMS.view) || undefined,
    }),
    [params],
  );
  const update = useCallback(
    (change: Partial<PersonaDocsUrl>) => {
      setParams(
        current => {
          const next = new URLSearchParams(current);
          for (const key of Object.keys(change) as (keyof PersonaDocsUrl)[]) {
            const value = change[key];
            if (value) next.set(PARAMS[key], value);
            else next.delete(PARAMS[key]);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [url, update];
}
