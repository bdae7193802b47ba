import { StorageApi } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { StoredValue } from '../api/StoredValue';
import { ProgressApi } from './ProgressApi';

/** Ids kept at most; the oldest go first, so storage stays small. */
const MAX_DONE = 2000;

/**
 * Learning progress kept through Backstage's StorageApi, under
 * `persona-docs/progress`: a list of done entry ids. Ids are the entries'
 * stable ids, so reordering a path keeps progress; ids of entries no longer
 * in config are ignored by readers of the list, and a stored value that is
 * not a list of ids counts as no progress.
 */
export class DefaultProgressApi implements ProgressApi {
  private readonly stored: StoredValue<string[]>;

  constructor(options: { storageApi: StorageApi; storageMs?: number }) {
    this.stored = new StoredValue<string[]>({
      storageApi: options.storageApi,
      bucket: 'persona-docs',
      key: 'progress',
      parse: value =>
        Array.isArray(value)
          ? value.filter((id): id is string => typeof id === 'string')
          : undefined,
      storageMs: options.storageMs ?? 2000,
    });
  }

  done$(): Observable<ReadonlySet<string>> {
    return new ObservableImpl<ReadonlySet<string>>(subscriber => {
      const emit = () => {
        if (this.stored.current.state !== 'unknown') {
          subscriber.next(new Set(this.ids()));
        }
      };
      const stop = this.stored.subscribe(emit);
      emit();
      return stop;
    });
  }

  async markDone(entryIds: readonly string[]): Promise<void> {
    const ids = this.ids();
    const added = entryIds.filter(id => !ids.includes(id));
    if (added.length === 0) return;
    await this.stored.set([...ids, ...added].slice(-MAX_DONE));
  }

  async markUndone(entryIds: readonly string[]): Promise<void> {
    const ids = this.ids();
    const kept = ids.filter(id => !entryIds.includes(id));
    if (kept.length === ids.length) return;
    await this.stored.set(kept);
  }

  private ids(): string[] {
    const current = this.stored.current;
    return current.state === 'present' ? current.value : [];
  }
}
