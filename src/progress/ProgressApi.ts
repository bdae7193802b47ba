import { createApiRef } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import { SaveState } from '../sync/SyncedValue';

/**
 * The reader's progress through learning paths: the ids of the steps they
 * have opened or read, kept per reader through the StorageApi.
 */
export interface ProgressApi {
  /** The done step ids, now and whenever they change. */
  done$(): Observable<ReadonlySet<string>>;
  /** Whether the reader's progress is saved, now and whenever it changes. */
  saveState$?(): Observable<SaveState>;
  /** Marks steps done, as the reader's newest action on them. */
  markDone(entryIds: readonly string[]): Promise<void>;
  /** Marks steps not done, such as every step of a path being reset. */
  markUndone(entryIds: readonly string[]): Promise<void>;
}

/** The {@link ProgressApi} the plugin registers for its surfaces. */
export const progressApiRef = createApiRef<ProgressApi>().with({
  id: 'plugin.persona-docs.progress',
  pluginId: 'persona-docs',
});
