import { IdentityApi, StorageApi } from '@backstage/frontend-plugin-api';
import { InputError } from '@backstage/errors';
import { Observable } from '@backstage/types';
import ObservableImpl from 'zen-observable';
import { ALL_PERSONAS, Persona } from '../model/types';
import { PersonaApi, PersonaChoice, PersonaSelection } from './PersonaApi';

const BUCKET = 'persona-docs';
const KEY = 'selectedPersona';

/**
 * How long to wait for a storage backend (such as user settings) to say
 * whether a choice is stored, before going on without it.
 */
const STORAGE_SETTLE_MS = 2000;

/** What the storage holds, as far as this API knows. */
type StoredChoice =
  | { state: 'unknown' }
  | { state: 'absent' }
  | { state: 'present'; personaId: string };

/**
 * Options of {@link DefaultPersonaApi}.
 *
 * @public
 */
export interface DefaultPersonaApiOptions {
  personas: Persona[];
  defaultPersona?: string;
  storageApi: StorageApi;
  identityApi: Pick<IdentityApi, 'getBackstageIdentity'>;
}

/**
 * The {@link PersonaApi} the plugin registers: stores the reader's choice
 * through Backstage's StorageApi (so the user-settings backend, where
 * installed, carries it across devices) and maps the reader's ownership
 * entity refs to personas through each persona's `groups`.
 *
 * @public
 */
export class DefaultPersonaApi implements PersonaApi {
  private readonly personas: Persona[];
  private readonly defaultPersona?: string;
  private readonly storageApi: StorageApi;
  private readonly identityApi: DefaultPersonaApiOptions['identityApi'];

  private stored: StoredChoice = { state: 'unknown' };
  private unsaved = false;
  private automatic?: Promise<PersonaChoice>;
  /** Resolves once storage has said whether a choice is stored. */
  private storageSettled?: Promise<void>;
  private settleStorage = () => {};
  private readonly listeners = new Set<() => void>();

  constructor(options: DefaultPersonaApiOptions) {
    this.personas = options.personas;
    this.defaultPersona = options.defaultPersona;
    this.storageApi = options.storageApi;
    this.identityApi = options.identityApi;
  }

  getPersonas(): Persona[] {
    return this.personas;
  }

  selection$(): Observable<PersonaSelection> {
    return new ObservableImpl<PersonaSelection>(subscriber => {
      let closed = false;
      const emit = () => {
        this.current().then(selection => {
          if (!closed) subscriber.next(selection);
        });
      };
      this.listeners.add(emit);
      this.watchStorage();
      emit();
      return () => {
        closed = true;
        this.listeners.delete(emit);
      };
    });
  }

  getSelection(): Promise<PersonaSelection> {
    this.watchStorage();
    return this.current();
  }

  async selectPersona(personaId: string): Promise<void> {
    if (!this.isKnown(personaId)) {
      throw new InputError(
        `Unknown persona "${personaId}"; known: ${[
          ALL_PERSONAS,
          ...this.personas.map(p => p.id),
        ].join(', ')}`,
      );
    }
    await this.store({ state: 'present', personaId });
  }

  async clearSelection(): Promise<void> {
    await this.store({ state: 'absent' });
  }

  /** Applies a change at once, then persists it; a failing storage keeps the change for this page. */
  private async store(choice: StoredChoice) {
    this.watchStorage();
    this.unsaved = false;
    this.update(choice);
    try {
      const bucket = this.storageApi.forBucket(BUCKET);
      if (choice.state === 'present') {
        await bucket.set(KEY, choice.personaId);
      } else {
        await bucket.remove(KEY);
      }
    } catch {
      this.unsaved = true;
      this.notify();
    }
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  private isKnown(personaId: unknown): personaId is string {
    return (
      personaId === ALL_PERSONAS ||
      this.personas.some(persona => persona.id === personaId)
    );
  }

  /** Reads what storage says, treating anything unexpected as no choice. */
  private readSnapshot(
    snapshot: { presence: string; value?: unknown } | undefined,
  ): StoredChoice {
    // Storage implementations are not ours: a missing snapshot would
    // otherwise throw inside the observer, where nothing catches it.
    if (typeof snapshot !== 'object' || snapshot === null) {
      return { state: 'absent' };
    }
    if (snapshot.presence === 'unknown') return { state: 'unknown' };
    // A value written by another version of the plugin, or tampered with,
    // is ignored rather than trusted.
    if (snapshot.presence === 'present' && this.isKnown(snapshot.value)) {
      return { state: 'present', personaId: snapshot.value };
    }
    return { state: 'absent' };
  }

  private watchStorage() {
    if (this.storageSettled) return;
    this.storageSettled = new Promise(resolve => {
      this.settleStorage = resolve;
    });
    try {
      const bucket = this.storageApi.forBucket(BUCKET);
      this.update(this.readSnapshot(bucket.snapshot(KEY)));
      bucket.observe$(KEY).subscribe({
        next: snapshot => this.update(this.readSnapshot(snapshot)),
        error: () => this.giveUpOnStorage(),
      });
    } catch {
      this.giveUpOnStorage();
      return;
    }
    if (this.stored.state === 'unknown') {
      setTimeout(() => this.giveUpOnStorage(), STORAGE_SETTLE_MS);
    }
  }

  private update(stored: StoredChoice) {
    this.stored = stored;
    if (stored.state !== 'unknown') this.settleStorage();
    this.notify();
  }

  private giveUpOnStorage() {
    if (this.stored.state === 'unknown') {
      this.update({ state: 'absent' });
    }
  }

  private async current(): Promise<PersonaSelection> {
    const [automatic] = await Promise.all([
      this.getAutomatic(),
      this.storageSettled,
    ]);
    const stored = this.stored;
    if (stored.state === 'present') {
      return {
        personaId: stored.personaId,
        reason: { type: 'chosen' },
        automatic,
        ...(this.unsaved && { unsaved: true }),
      };
    }
    return { ...automatic, automatic };
  }

  private getAutomatic(): Promise<PersonaChoice> {
    if (!this.automatic) {
      this.automatic = this.ownershipRefs().then(refs =>
        this.chooseAutomatically(refs),
      );
    }
    return this.automatic;
  }

  private async ownershipRefs(): Promise<Set<string>> {
    try {
      const identity = await this.identityApi.getBackstageIdentity();
      return new Set(
        identity.ownershipEntityRefs.map(ref => ref.toLocaleLowerCase('en-US')),
      );
    } catch {
      // Without an identity there is no group mapping; the default applies.
      return new Set();
    }
  }

  private chooseAutomatically(refs: Set<string>): PersonaChoice {
    for (const persona of this.personas) {
      const matched = persona.groups.find(group => refs.has(group));
      if (matched) {
        return {
          personaId: persona.id,
          reason: { type: 'group', entityRef: matched },
        };
      }
    }
    if (this.defaultPersona && this.isKnown(this.defaultPersona)) {
      return { personaId: this.defaultPersona, reason: { type: 'default' } };
    }
    return { personaId: ALL_PERSONAS, reason: { type: 'none' } };
  }
}
