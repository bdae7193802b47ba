import { createApiRef } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';

/**
 * The reader's progress through learning paths: the ids of the steps they
 * have opened or read, kept per reader through the StorageApi.
 */
export interface ProgressApi {
  /** The done step ids, now and whenever they change. */
  done$(): Observable<ReadonlySet<string>>;
  /** Marks steps done; steps already done stay as they are. */
  markDone(entryIds: readonly string[]): Promise<void>;
  /** Marks steps not done, such as every step of a path being reset. */
  markUndone(entryIds: readonly string[]): Promise<void>;
}

/** The {@link ProgressApi} the plugin registers for its surfaces. */
export const progressApiRef = createApiRef<ProgressApi>().with({
  id: 'plugin.persona-docs.progress',
  pluginId: 'persona-docs',
});
