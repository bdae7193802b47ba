import { InputError } from '@backstage/errors';
import { IdentityApi, StorageApi } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { isSelectable } from '../model/personas';
import { ALL_PERSONAS, PersonaDocsModel } from '../model/types';
import { automaticPersona, ownershipKeys } from './automaticPersona';
import { PersonaApi, PersonaChoice, PersonaSelection } from './PersonaApi';
import {
  CHOICE_BUCKET,
  CHOICE_KEY,
  choiceKey,
  readSnapshot,
  StoredChoice,
} from './storedChoice';

/**
 * Options of {@link DefaultPersonaApi}.
 */
export interface DefaultPersonaApiOptions {
  /** The configured personas; read when the API is first used. */
  loadModel(): Pick<PersonaDocsModel, 'personas' | 'defaultPersona'>;
  storageApi: StorageApi;
  identityApi: Pick<IdentityApi, 'getBackstageIdentity'>;
  /**
   * How long to wait for storage to say whether a choice is stored, and for
   * the identity, before going on without them. Storage backed by a server
   * (user settings) answers asynchronously.
   */
  timeouts?: { storageMs?: number; identityMs?: number };
}

type Choice = Exclude<StoredChoice, { state: 'unknown' }>;

/**
 * The {@link PersonaApi} the plugin registers. The reader's choice is kept
 * through Backstage's StorageApi (so with the user-settings backend it
 * follows them across devices); group mappings come from the reader's
 * ownership entity refs.
 *
 * What storage reports is followed until the reader makes a choice on this
 * page. From then on the reader's last action decides: storage such as
 * user settings echoes every write back, late and possibly out of order, and
 * none of those echoes may undo a later action. Writes go out one at a time,
 * the last action last, so that storage ends up holding it too; a value
 * stored elsewhere (another device) is still followed, unless it is one this
 * page has already moved away from.
 */
export class DefaultPersonaApi implements PersonaApi {
  private model?: Pick<PersonaDocsModel, 'personas' | 'defaultPersona'>;
  private readonly storageMs: number;
  private readonly identityMs: number;

  /** What storage last said, as long as the reader has not acted. */
  private stored: StoredChoice = { state: 'unknown' };
  /** The reader's last action on this page. */
  private local?: { seq: number; choice: Choice; unsaved: boolean };
  /** Choices this page has moved away from; storage echoing them is stale. */
  private readonly superseded = new Set<string>();
  private seq = 0;
  private pendingWrite?: { seq: number; choice: Choice };
  private writing?: Promise<void>;

  private automatic?: PersonaChoice;
  private started = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: DefaultPersonaApiOptions) {
    this.storageMs = options.timeouts?.storageMs ?? 2000;
    this.identityMs = options.timeouts?.identityMs ?? 3000;
  }

  getPersonas() {
    return this.getModel().personas;
  }

  selection$(): Observable<PersonaSelection> {
    return new ObservableImpl<PersonaSelection>(subscriber => {
      let last: string | undefined;
      const emit = () => {
        const selection = this.current();
        const key = selection && JSON.stringify(selection);
        if (selection && key !== last) {
          last = key;
          subscriber.next(selection);
        }
      };
      this.listeners.add(emit);
      this.start();
      emit();
      return () => {
        this.listeners.delete(emit);
      };
    });
  }

  /**
   * The selection once the automatic persona is known too, which takes at
   * most the wait for the identity.
   */
  getSelection(): Promise<PersonaSelection> {
    return new Promise(resolve => {
      const subscription = this.selection$().subscribe(selection => {
        if (!selection.automatic) return;
        resolve(selection);
        // Unsubscribing inside an emission: the subscription may not be
        // assigned yet when the selection is already known.
        Promise.resolve().then(() => subscription.unsubscribe());
      });
    });
  }

  async selectPersona(personaId: string): Promise<void> {
    const { personas } = this.getModel();
    if (!isSelectable(personas, personaId)) {
      throw new InputError(
        `Unknown persona "${personaId}"; known: ${[
          ALL_PERSONAS,
          ...personas.map(p => p.id),
        ].join(', ')}`,
      );
    }
    await this.act({ state: 'present', personaId });
  }

  async clearSelection(): Promise<void> {
    await this.act({ state: 'absent' });
  }

  /** The selection, or undefined while storage or identity must be waited for. */
  private current(): PersonaSelection | undefined {
    const choice = this.local?.choice ?? this.stored;
    if (choice.state === 'present') {
      return {
        personaId: choice.personaId,
        reason: { type: 'chosen' },
        ...(this.automatic && { automatic: this.automatic }),
        ...(this.local?.unsaved && { unsaved: true }),
      };
    }
    if (choice.state === 'unknown' || !this.automatic) return undefined;
    return {
      ...this.automatic,
      automatic: this.automatic,
      ...(this.local?.unsaved && { unsaved: true }),
    };
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private getModel() {
    this.model ??= this.options.loadModel();
    return this.model;
  }

  private isSelectable = (id: unknown): id is string =>
    isSelectable(this.getModel().personas, id);

  /** Starts asking storage and identity, once, when first needed. */
  private start() {
    if (this.started) return;
    this.started = true;
    this.watchStorage();
    this.askIdentity();
  }

  private watchStorage() {
    const giveUp = () => {
      if (this.stored.state === 'unknown')
        this.fromStorage({ state: 'absent' });
    };
    try {
      const bucket = this.options.storageApi.forBucket(CHOICE_BUCKET);
      this.fromStorage(
        readSnapshot(bucket.snapshot(CHOICE_KEY), this.isSelectable),
      );
      bucket.observe$(CHOICE_KEY).subscribe({
        next: snapshot =>
          this.fromStorage(readSnapshot(snapshot, this.isSelectable)),
        error: giveUp,
      });
    } catch {
      giveUp();
    }
    if (this.stored.state === 'unknown') setTimeout(giveUp, this.storageMs);
  }

  private fromStorage(choice: StoredChoice) {
    if (this.local) {
      if (choice.state === 'unknown') return;
      const key = choiceKey(choice);
      if (this.stored.state === 'unknown') {
        // Storage's first answer came after the reader acted: it tells what
        // was stored before, which the reader has already moved away from.
        this.stored = choice;
        if (key !== choiceKey(this.local.choice)) this.superseded.add(key);
        return;
      }
      // While writes are under way, storage reports our own echoes; after
      // that, only a value this page never moved away from is news.
      if (
        this.writing ||
        key === choiceKey(this.local.choice) ||
        this.superseded.has(key)
      ) {
        return;
      }
      this.local = undefined;
    }
    this.stored = choice;
    this.notify();
  }

  private askIdentity() {
    const { personas, defaultPersona } = this.getModel();
    const settle = (ownership: Set<string>) => {
      this.automatic = automaticPersona(personas, defaultPersona, ownership);
      this.notify();
    };
    // An identity that never answers must not keep the reader waiting: the
    // default applies, and the group mapping once the identity arrives.
    const timer = setTimeout(() => {
      if (!this.automatic) settle(new Set());
    }, this.identityMs);
    Promise.resolve()
      .then(() => this.options.identityApi.getBackstageIdentity())
      .then(
        identity => ownershipKeys(identity?.ownershipEntityRefs),
        // Without an identity there is no group mapping; the default applies.
        () => new Set<string>(),
      )
      .then(ownership => {
        clearTimeout(timer);
        settle(ownership);
      });
  }

  /** Applies the reader's action at once, then stores it. */
  private act(choice: Choice): Promise<void> {
    this.start();
    const previous = this.local?.choice ?? this.stored;
    if (previous.state !== 'unknown') this.superseded.add(choiceKey(previous));
    this.superseded.delete(choiceKey(choice));
    const seq = ++this.seq;
    this.local = { seq, choice, unsaved: false };
    this.notify();
    this.pendingWrite = { seq, choice };
    this.writing ??= this.writeAll().finally(() => {
      this.writing = undefined;
    });
    return this.writing;
  }

  /**
   * Writes pending choices one at a time; an action that a later one
   * replaced before its turn is never written. Only the outcome for the
   * last action can mark the selection unsaved.
   */
  private async writeAll() {
    while (this.pendingWrite) {
      const { seq, choice } = this.pendingWrite;
      this.pendingWrite = undefined;
      let failed = false;
      try {
        const bucket = this.options.storageApi.forBucket(CHOICE_BUCKET);
        if (choice.state === 'present') {
          await bucket.set(CHOICE_KEY, choice.personaId);
        } else {
          await bucket.remove(CHOICE_KEY);
        }
      } catch {
        failed = true;
      }
      if (this.local?.seq === seq && this.local.unsaved !== failed) {
        this.local = { ...this.local, unsaved: failed };
        this.notify();
      }
    }
  }
}
