import { InputError } from '@backstage/errors';
import {
  ErrorApi,
  IdentityApi,
  StorageApi,
} from '@backstage/frontend-plugin-api';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { isSelectable } from '../model/personas';
import { ALL_PERSONAS, PersonaDocsModel } from '../model/types';
import { automaticPersona, ownershipKeys } from './automaticPersona';
import { PersonaApi, PersonaChoice, PersonaSelection } from './PersonaApi';
import { SyncedValue, SyncTimings } from '../sync/SyncedValue';
import {
  legacyPersonaChoice,
  PersonaChoiceRecord,
  personaChoiceShape,
} from './personaChoice';

/**
 * Where the choice is stored: `<bucket>/<key>` of the StorageApi, and the key
 * older versions stored the plain persona id in.
 */
export const CHOICE_BUCKET = 'persona-docs';
export const CHOICE_KEY = 'selectedPersona.v2';
export const LEGACY_CHOICE_KEY = legacyPersonaChoice.key;

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
  /** Where storage reports failed reads, which then tell nothing. */
  errorApi?: Pick<ErrorApi, 'error$'>;
  identityApi: Pick<IdentityApi, 'getBackstageIdentity'>;
  /**
   * How long to wait for storage to say whether a choice is stored, and for
   * the identity, before going on without them. Storage backed by a server
   * (user settings) answers asynchronously.
   */
  timeouts?: { storageMs?: number; identityMs?: number };
  /** How storage is waited for and retried (see {@link SyncedValue}). */
  timings?: Partial<SyncTimings>;
}

/**
 * The {@link PersonaApi} the plugin registers. The reader's choice is kept
 * through Backstage's StorageApi (so with the user-settings backend it
 * follows them across devices, and their newest choice wins over late
 * echoes, stale reads and older choices, see {@link SyncedValue}); group mappings come from the reader's
 * ownership entity refs.
 */
export class DefaultPersonaApi implements PersonaApi {
  private loading?: Promise<PersonaModel>;
  private model?: PersonaModel;
  private choice?: SyncedValue<PersonaChoiceRecord>;
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
    await this.getChoice().update(at => ({ personaId, at }));
  }

  async clearSelection(): Promise<void> {
    await this.getModel();
    this.askIdentity();
    await this.getChoice().update(at => ({ personaId: null, at }));
  }

  /** Stops syncing: for tests, and apps that dispose of their APIs. */
  stop() {
    this.choice?.stop();
  }

  /** The selection, or undefined while storage or identity must be waited for. */
  private current(): PersonaSelection | undefined {
    const choice = this.getChoice();
    const stored = choice.value;
    const state = choice.saveState;
    const saving = {
      ...(state === 'retrying' && { unsaved: true }),
      ...(state === 'saving' && { saving: true }),
    };
    // A stored id that is not a persona readers can pick (from another
    // version of the config, or tampered with) is no choice.
    const personaId = stored?.personaId;
    if (personaId && isSelectable(this.loaded.personas, personaId)) {
      return {
        personaId,
        reason: { type: 'chosen' },
        ...(this.automatic && { automatic: this.automatic }),
        ...saving,
      };
    }
    if (!stored || !this.automatic) return undefined;
    return { ...this.automatic, automatic: this.automatic, ...saving };
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

  private getChoice(): SyncedValue<PersonaChoiceRecord> {
    const storageMs = this.options.timeouts?.storageMs;
    this.choice ??= new SyncedValue({
      storageApi: this.options.storageApi,
      errorApi: this.options.errorApi,
      bucket: CHOICE_BUCKET,
      key: CHOICE_KEY,
      shape: personaChoiceShape,
      legacy: legacyPersonaChoice,
      timings: {
        ...(storageMs !== undefined && { firstAnswerMs: storageMs }),
        ...this.options.timings,
      },
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
