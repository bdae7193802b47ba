import { DocsEntry } from '../model/types';
import { LearningPath } from '../tree/navigation';

/** How far a reader is through one learning path. */
export interface PathProgress {
  readonly path: LearningPath;
  readonly done: number;
  readonly total: number;
  /** The first step not done yet; undefined when the path is complete. */
  readonly next?: DocsEntry;
  readonly started: boolean;
  readonly complete: boolean;
}

/**
 * Progress through each path from the done step ids. Ids that are no
 * step of a path (an entry removed from config, say) count for nothing.
 */
export function pathProgress(
  paths: readonly LearningPath[],
  done: ReadonlySet<string>,
): PathProgress[] {
  return paths.map(path => {
    const doneSteps = path.steps.filter(step => done.has(step.id));
    return {
      path,
      done: doneSteps.length,
      total: path.steps.length,
      next: path.steps.find(step => !done.has(step.id)),
      started: doneSteps.length > 0,
      complete: doneSteps.length === path.steps.length,
    };
  });
}

/** The ids of every step of the paths: only those are worth remembering. */
export function stepIds(paths: readonly LearningPath[]): Set<string> {
  return new Set(paths.flatMap(path => path.steps.map(step => step.id)));
}
