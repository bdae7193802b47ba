import { ErrorApi, StorageApi } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { SaveState, SyncedValue, SyncTimings } from '../sync/SyncedValue';
import { ProgressApi } from './ProgressApi';
import {
  doneIds,
  legacyProgress,
  ProgressRecords,
  progressShape,
  StepRecord,
} from './progressRecords';

/**
 * Learning progress kept through Backstage's StorageApi, under
 * `persona-docs/progress.v2`: for each step the reader marked, whether it is
 * done and when they marked it (see {@link progressShape}), merged with what
 * other tabs and devices stored (see {@link SyncedValue}). Ids are the
 * entries' stable ids, so reordering a path keeps progress; ids of entries
 * no longer in config are ignored by readers. Progress older versions kept
 * under `persona-docs/progress` is read too, and kept up to date.
 */
export class DefaultProgressApi implements ProgressApi {
  private readonly stored: SyncedValue<ProgressRecords>;

  constructor(options: {
    storageApi: StorageApi;
    errorApi?: Pick<ErrorApi, 'error$'>;
    /** How long to wait for storage before showing no progress. */
    storageMs?: number;
    timings?: Partial<SyncTimings>;
  }) {
    this.stored = new SyncedValue({
      storageApi: options.storageApi,
      errorApi: options.errorApi,
      bucket: 'persona-docs',
      key: 'progress.v2',
      shape: progressShape,
      legacy: legacyProgress,
      timings: {
        ...(options.storageMs !== undefined && {
          firstAnswerMs: options.storageMs,
        }),
        ...options.timings,
      },
    });
  }

  done$(): Observable<ReadonlySet<string>> {
    return new ObservableImpl<ReadonlySet<string>>(subscriber => {
      let last: string | undefined;
      const emit = () => {
        const records = this.stored.value;
        if (!records) return;
        const done = doneIds(records);
        const key = [...done].sort().join('\n');
        if (key === last) return;
        last = key;
        subscriber.next(done);
      };
      const stop = this.stored.subscribe(emit);
      emit();
      return stop;
    });
  }

  saveState$(): Observable<SaveState> {
    return new ObservableImpl<SaveState>(subscriber => {
      let last: SaveState | undefined;
      const emit = () => {
        const state = this.stored.saveState;
        if (state === last) return;
        last = state;
        subscriber.next(state);
      };
      const stop = this.stored.subscribe(emit);
      emit();
      return stop;
    });
  }

  markDone(entryIds: readonly string[]): Promise<void> {
    return this.mark(entryIds, true);
  }

  markUndone(entryIds: readonly string[]): Promise<void> {
    return this.mark(entryIds, false);
  }

  /** Stops syncing: for tests, and apps that dispose of their APIs. */
  stop() {
    this.stored.stop();
  }

  private async mark(entryIds: readonly string[], done: boolean) {
    if (entryIds.length === 0) return;
    // Marked again even when already so: another device may have changed
    // the step since, unknown to this page, and this is the newer action.
    await this.stored.update(
      at => new Map<string, StepRecord>(entryIds.map(id => [id, { done, at }])),
    );
  }
}
