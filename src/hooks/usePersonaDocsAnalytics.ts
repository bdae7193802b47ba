import { useAnalytics } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import { DocsEntry } from '../model/types';

/**
 * The analytics events of every surface: `select` (subject: persona id) when
 * a reader picks a persona, `click` (attributes `persona` and `entryId`)
 * when they open an entry.
 */
export function usePersonaDocsAnalytics() {
  const analytics = useAnalytics();
  return useMemo(
    () => ({
      picked(personaId: string) {
        analytics.captureEvent('select', personaId, {
          attributes: { persona: personaId },
        });
      },
      opened(entry: DocsEntry, personaId: string) {
        analytics.captureEvent('click', entry.title ?? entry.id, {
          attributes: { persona: personaId, entryId: entry.id },
        });
      },
    }),
    [analytics],
  );
}
