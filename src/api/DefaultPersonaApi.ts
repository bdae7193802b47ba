import { InputError } from '@backstage/errors';
import { IdentityApi, StorageApi } from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { isSelectable } from '../model/personas';
import { ALL_PERSONAS, PersonaDocsModel } from '../model/types';
import { automaticPersona, ownershipKeys } from './automaticPersona';
import { PersonaApi, PersonaChoice, PersonaSelection } from './PersonaApi';
import { StoredValue } from './StoredValue';

/** Where the choice is stored: `<bucket>/<key>` of the StorageApi. */
export const CHOICE_BUCKET = 'persona-docs';
export const CHOICE_KEY = 'selectedPersona';

type PersonaModel = Pick<PersonaDocsModel, 'personas' | 'defaultPersona'>;

/**
 * Options of {@link DefaultPersonaApi}.
 */
export interface DefaultPersonaApiOptions {
  /**
   * The configured personas, read when the API is first used. A promise,
   * so that the config reader loads with the first surface that needs it
   * rather than with the app.
   */
  loadModel(): Promise<PersonaModel>;
  storageApi: StorageApi;
  identityApi: Pick<IdentityApi, 'getBackstageIdentity'>;
  /**
   * How long to wait for storage to say whether a choice is stored, and for
   * the identity, before going on without them. Storage backed by a server
   * (user settings) answers asynchronously.
   */
  timeouts?: { storageMs?: number; identityMs?: number };
}

/**
 * The {@link PersonaApi} the plugin registers. The reader's choice is kept
 * through Backstage's StorageApi (so with the user-settings backend it
 * follows them across devices, and the reader's last action wins over late
 * echoes, see {@link StoredValue}); group mappings come from the reader's
 * ownership entity refs.
 */
export class DefaultPersonaApi implements PersonaApi {
  private loading?: Promise<PersonaModel>;
  private model?: PersonaModel;
  private choice?: StoredValue<string>;
  private readonly identityMs: number;
  private automatic?: PersonaChoice;
  private askedIdentity = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: DefaultPersonaApiOptions) {
    this.identityMs = options.timeouts?.identityMs ?? 3000;
  }

  async getPersonas() {
    return (await this.getModel()).personas;
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
      let stop: (() => void) | undefined;
      let closed = false;
      this.getModel().then(
        () => {
          if (closed) return;
          this.listeners.add(emit);
          stop = this.getChoice().subscribe(emit);
          this.askIdentity();
          emit();
        },
        error => subscriber.error(error),
      );
      return () => {
        closed = true;
        this.listeners.delete(emit);
        stop?.();
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
    const { personas } = await this.getModel();
    if (!isSelectable(personas, personaId)) {
      throw new InputError(
        `Unknown persona "${personaId}"; known: ${[
          ALL_PERSONAS,
          ...personas.map(p => p.id),
        ].join(', ')}`,
      );
    }
    this.askIdentity();
    await this.getChoice().set(personaId);
  }

  async clearSelection(): Promise<void> {
    await this.getModel();
    this.askIdentity();
    await this.getChoice().set(undefined);
  }

  /** The selection, or undefined while storage or identity must be waited for. */
  private current(): PersonaSelection | undefined {
    const choice = this.getChoice();
    const stored = choice.current;
    const unsaved = choice.unsaved ? { unsaved: true } : {};
    if (stored.state === 'present') {
      return {
        personaId: stored.value,
        reason: { type: 'chosen' },
        ...(this.automatic && { automatic: this.automatic }),
        ...unsaved,
      };
    }
    if (stored.state === 'unknown' || !this.automatic) return undefined;
    return { ...this.automatic, automatic: this.automatic, ...unsaved };
  }

  private getModel(): Promise<PersonaModel> {
    this.loading ??= Promise.resolve()
      .then(() => this.options.loadModel())
      .then(model => {
        this.model = model;
        return model;
      });
    return this.loading;
  }

  /** The model, once {@link DefaultPersonaApi.getModel} has loaded it. */
  private get loaded(): PersonaModel {
    if (!this.model) throw new Error('The persona model is not loaded yet');
    return this.model;
  }

  private getChoice(): StoredValue<string> {
    this.choice ??= new StoredValue<string>({
      storageApi: this.options.storageApi,
      bucket: CHOICE_BUCKET,
      key: CHOICE_KEY,
      // A value that is not a persona readers can pick (written by another
      // version of the plugin, or tampered with) is ignored.
      parse: value =>
        isSelectable(this.loaded.personas, value) ? value : undefined,
      storageMs: this.options.timeouts?.storageMs ?? 2000,
    });
    return this.choice;
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private askIdentity() {
    if (this.askedIdentity) return;
    this.askedIdentity = true;
    const { personas, defaultPersona } = this.loaded;
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
}
