import { useApiHolder } from '@backstage/frontend-plugin-api';
import { useCallback, useMemo } from 'react';
import useObservable from 'react-use/esm/useObservable';
import { never$ } from '../hooks/never';
import { usePersonaDocsData } from '../hooks/usePersonaDocsData';
import { ALL_PERSONAS, DocsEntry } from '../model/types';
import { learningPaths, LearningPath } from '../tree/navigation';
import { pathProgress, PathProgress, stepIds } from './pathProgress';
import { progressApiRef } from './ProgressApi';
import { SaveState } from '../sync/SyncedValue';

const NOTHING_DONE: ReadonlySet<string> = new Set();

/** What a surface needs of the reader's learning progress. */
export interface LearningProgress {
  /** Progress through each path the persona sees, in tree order. */
  paths: readonly PathProgress[];
  isDone(entryId: string): boolean;
  /** Counts a step done when the reader opens it; other entries are ignored. */
  opened(entry: DocsEntry): void;
  setDone(entry: DocsEntry, done: boolean): void;
  reset(path: LearningPath): void;
  /** Whether the reader's progress is saved, or taking long, or retried. */
  saveState: SaveState;
}

/**
 * The reader's progress through the learning paths of a persona, following
 * the progress API (and so every surface and device).
 */
export function useLearningProgress(persona?: string): LearningProgress {
  const { flat } = usePersonaDocsData();
  const api = useApiHolder().get(progressApiRef);
  const done$ = useMemo(() => api?.done$(), [api]);
  const done = useObservable(done$ ?? never$, NOTHING_DONE);
  const saveState$ = useMemo(() => api?.saveState$?.(), [api]);
  const saveState = useObservable(saveState$ ?? never$, 'saved' as SaveState);
  const paths = useMemo(
    () => (persona ? learningPaths(flat, persona) : []),
    [flat, persona],
  );
  const allSteps = useMemo(
    () => stepIds(learningPaths(flat, ALL_PERSONAS)),
    [flat],
  );
  const progress = useMemo(() => pathProgress(paths, done), [paths, done]);
  const opened = useCallback(
    (entry: DocsEntry) => {
      if (allSteps.has(entry.id)) api?.markDone([entry.id]);
    },
    [api, allSteps],
  );
  const setDone = useCallback(
    (entry: DocsEntry, value: boolean) =>
      value ? api?.markDone([entry.id]) : api?.markUndone([entry.id]),
    [api],
  );
  const reset = useCallback(
    (path: LearningPath) => api?.markUndone(path.steps.map(step => step.id)),
    [api],
  );
  const isDone = useCallback((id: string) => done.has(id), [done]);
  return { paths: progress, isDone, opened, setDone, reset, saveState };
}
