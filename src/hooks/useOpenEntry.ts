import { useCallback } from 'react';
import { DocsEntry } from '../model/types';
import { LearningProgress } from '../progress/useLearningProgress';
import { usePersonaDocsAnalytics } from './usePersonaDocsAnalytics';

/**
 * What opening an entry does on any surface: reports it to analytics and,
 * for a step of a learning path, counts the step done.
 */
export function useOpenEntry(
  persona: string | undefined,
  progress: Pick<LearningProgress, 'opened'>,
) {
  const analytics = usePersonaDocsAnalytics();
  const { opened } = progress;
  return useCallback(
    (entry: DocsEntry) => {
      analytics.opened(entry, persona ?? '');
      opened(entry);
    },
    [analytics, persona, opened],
  );
}
