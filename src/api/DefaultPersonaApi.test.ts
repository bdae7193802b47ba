import { StorageApi } from '@backstage/frontend-plugin-api';
import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import ObservableImpl from 'zen-observable';
import { userSettingsBackend } from '../__testUtils__/userSettingsBackend';
import { Persona } from '../model/types';
import { DefaultPersonaApi } from './DefaultPersonaApi';
import { PersonaSelection } from './PersonaApi';

const personas: Persona[] = [
  { id: 'user', title: 'End User', groups: [] },
  {
    id: 'administrator',
    title: 'Administrator',
    groups: ['group:default/platform-team', 'user:default/jane'],
  },
  {
    id: 'integrator',
    title: 'Integrator',
    groups: ['group:default/plugin-builders', 'group:default/platform-team'],
  },
];

function createApi(options: {
  ownershipEntityRefs?: unknown[];
  defaultPersona?: string;
  storageApi?: StorageApi;
  identityApi?: ConstructorParameters<
    typeof DefaultPersonaApi
  >[0]['identityApi'];
  timeouts?: { storageMs?: number; identityMs?: number };
}) {
  const storageApi = options.storageApi ?? mockApis.storage();
  const loadModel = jest.fn(async () => ({
    personas,
    defaultPersona: options.defaultPersona,
  }));
  const api = new DefaultPersonaApi({
    loadModel,
    storageApi,
    identityApi: options.identityApi ?? {
      getBackstageIdentity: async () => ({
        type: 'user' as const,
        userEntityRef: 'user:default/someone',
        ownershipEntityRefs: (options.ownershipEntityRefs ?? [
          'user:default/someone',
        ]) as string[],
      }),
    },
    timeouts: options.timeouts,
  });
  return { api, storageApi, loadModel };
}

function summary(selection: PersonaSelection) {
  return {
    personaId: selection.personaId,
    reason: selection.reason,
    automatic: selection.automatic?.personaId,
  };
}

/** Every selection the API emits, to check what a page would have shown. */
function record(api: DefaultPersonaApi) {
  const seen: PersonaSelection[] = [];
  const subscription = api.selection$().subscribe(s => seen.push(s));
  return {
    seen,
    last: () => seen[seen.length - 1],
    stop: () => subscription.unsubscribe(),
  };
}

const settle = (ms: number) => new Promise(r => setTimeout(r, ms));

describe('DefaultPersonaApi', () => {
  it('lists the configured personas, reading the config only when first used', async () => {
    const { api, loadModel } = createApi({});
    expect(loadModel).not.toHaveBeenCalled();
    expect(await api.getPersonas()).toBe(personas);
    await api.getPersonas();
    await api.getSelection();
    expect(loadModel).toHaveBeenCalledTimes(1);
  });

  describe('precedence', () => {
    it('uses the first persona in config order whose groups hold one of the reader’s refs', async () => {
      // The reader is in both platform-team (administrator, integrator) and
      // plugin-builders (integrator): administrator comes first in config.
      const { api } = createApi({
        ownershipEntityRefs: [
          'user:default/someone',
          'group:default/plugin-builders',
          'group:default/platform-team',
        ],
        defaultPersona: 'user',
      });
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'administrator',
        reason: { type: 'group', entityRef: 'group:default/platform-team' },
        automatic: 'administrator',
      });
    });

    it('compares entity refs case-insensitively', async () => {
      const { api } = createApi({ ownershipEntityRefs: ['User:Default/Jane'] });
      expect((await api.getSelection()).reason).toEqual({
        type: 'group',
        entityRef: 'user:default/jane',
      });
    });

    it('keeps the group mapping when other ownership refs are malformed', async () => {
      const { api } = createApi({
        ownershipEntityRefs: [
          null,
          42,
          { ref: 'x' },
          'not a ref!!',
          'group:default/platform-team',
        ],
      });
      expect((await api.getSelection()).personaId).toBe('administrator');
    });

    it('falls back to the default persona, then to all personas', async () => {
      expect(
        summary(await createApi({ defaultPersona: 'user' }).api.getSelection()),
      ).toEqual({
        personaId: 'user',
        reason: { type: 'default' },
        automatic: 'user',
      });
      expect(summary(await createApi({}).api.getSelection())).toEqual({
        personaId: 'all',
        reason: { type: 'none' },
        automatic: 'all',
      });
    });

    it('puts the reader’s stored choice before everything else', async () => {
      const storageApi = mockApis.storage();
      await storageApi
        .forBucket('persona-docs')
        .set('selectedPersona', 'integrator');
      const { api } = createApi({
        storageApi,
        ownershipEntityRefs: ['group:default/platform-team'],
        defaultPersona: 'user',
      });
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'integrator',
        reason: { type: 'chosen' },
        automatic: 'administrator',
      });
    });

    it('falls back to the default persona when identity cannot be read', async () => {
      const { api } = createApi({
        defaultPersona: 'user',
        identityApi: {
          getBackstageIdentity: () => Promise.reject(new Error('signed out')),
        },
      });
      expect((await api.getSelection()).personaId).toBe('user');
    });
  });

  describe('an identity that is slow or never answers', () => {
    const never = { getBackstageIdentity: () => new Promise<never>(() => {}) };

    it('shows a stored choice at once, without waiting for the identity', async () => {
      const storageApi = mockApis.storage();
      await storageApi.forBucket('persona-docs').set('selectedPersona', 'user');
      const { api } = createApi({ storageApi, identityApi: never });
      const recorder = record(api);
      await settle(10);
      expect(recorder.seen).toHaveLength(1);
      expect(recorder.last().personaId).toBe('user');
      expect(recorder.last().automatic).toBeUndefined();
      recorder.stop();
    });

    it('goes on with the default after a bounded wait', async () => {
      const { api } = createApi({
        defaultPersona: 'user',
        identityApi: never,
        timeouts: { identityMs: 50 },
      });
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'user',
        reason: { type: 'default' },
        automatic: 'user',
      });
    });

    it('applies the group mapping once a late identity arrives', async () => {
      let answer!: (value: unknown) => void;
      const late = {
        getBackstageIdentity: () =>
          new Promise<any>(resolve => {
            answer = resolve;
          }),
      };
      const { api } = createApi({
        defaultPersona: 'user',
        identityApi: late,
        timeouts: { identityMs: 50 },
      });
      const recorder = record(api);
      await settle(100);
      expect(recorder.last().personaId).toBe('user');
      answer({ ownershipEntityRefs: ['group:default/platform-team'] });
      await settle(10);
      expect(recorder.last().personaId).toBe('administrator');
      recorder.stop();
    });
  });

  describe('persistence', () => {
    it('stores a choice so that the next page load finds it', async () => {
      const storageApi = mockApis.storage();
      await createApi({ storageApi }).api.selectPersona('administrator');
      const { api: reloaded } = createApi({ storageApi });
      expect(summary(await reloaded.getSelection())).toEqual({
        personaId: 'administrator',
        reason: { type: 'chosen' },
        automatic: 'all',
      });
    });

    it('stores the persona a group gives the reader when they pick it, so it stays theirs', async () => {
      const { api, storageApi } = createApi({
        ownershipEntityRefs: ['group:default/platform-team'],
      });
      expect((await api.getSelection()).reason.type).toBe('group');
      await api.selectPersona('administrator');
      expect((await api.getSelection()).reason).toEqual({ type: 'chosen' });
      expect(
        storageApi.forBucket('persona-docs').snapshot('selectedPersona'),
      ).toMatchObject({ presence: 'present', value: 'administrator' });
    });

    it('can store "all personas" as a choice', async () => {
      const { api } = createApi({ defaultPersona: 'user' });
      await api.selectPersona('all');
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'all',
        reason: { type: 'chosen' },
        automatic: 'user',
      });
    });

    it('clears a choice back to the automatic persona', async () => {
      const { api, storageApi } = createApi({
        ownershipEntityRefs: ['user:default/jane'],
      });
      await api.selectPersona('user');
      await api.clearSelection();
      expect((await api.getSelection()).reason).toEqual({
        type: 'group',
        entityRef: 'user:default/jane',
      });
      expect(
        storageApi.forBucket('persona-docs').snapshot('selectedPersona')
          .presence,
      ).toBe('absent');
    });

    it('rejects an unknown persona and stores nothing', async () => {
      const { api, storageApi } = createApi({});
      await expect(api.selectPersona('admn')).rejects.toThrow(
        'Unknown persona "admn"; known: all, user, administrator, integrator',
      );
      expect(
        storageApi.forBucket('persona-docs').snapshot('selectedPersona')
          .presence,
      ).toBe('absent');
    });

    it.each([
      ['an unknown persona id', 'boss'],
      ['a number', 42],
      ['an object', { id: 'administrator' }],
      ['a list', ['administrator']],
      ['null', null],
    ])('ignores a stored value that is %s', async (_, value) => {
      const storageApi = mockApis.storage();
      await storageApi
        .forBucket('persona-docs')
        .set('selectedPersona', value as any);
      const { api } = createApi({ storageApi, defaultPersona: 'user' });
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'user',
        reason: { type: 'default' },
        automatic: 'user',
      });
    });

    it('follows a choice made elsewhere (another tab or device)', async () => {
      const storageApi = mockApis.storage();
      const { api } = createApi({ storageApi, defaultPersona: 'user' });
      const recorder = record(api);
      await api.getSelection();
      await api.selectPersona('administrator');
      const { api: elsewhere } = createApi({ storageApi });
      await elsewhere.selectPersona('integrator');
      await api.getSelection();
      expect(recorder.seen.map(s => `${s.personaId}:${s.reason.type}`)).toEqual(
        ['user:default', 'administrator:chosen', 'integrator:chosen'],
      );
      recorder.stop();
    });
  });

  describe('a storage that fails or misbehaves', () => {
    function throwingStorage(): StorageApi {
      const fail = () => {
        throw new Error('storage is down');
      };
      return {
        forBucket: fail,
        snapshot: fail,
        set: () => Promise.reject(new Error('storage is down')),
        remove: () => Promise.reject(new Error('storage is down')),
        observe$: fail,
      };
    }

    it('falls back by the precedence rules', async () => {
      const { api } = createApi({
        storageApi: throwingStorage(),
        defaultPersona: 'user',
      });
      expect((await api.getSelection()).personaId).toBe('user');
    });

    it('keeps a choice for this page and says it was not saved', async () => {
      const { api } = createApi({
        storageApi: throwingStorage(),
        defaultPersona: 'user',
      });
      await api.selectPersona('integrator');
      expect(await api.getSelection()).toMatchObject({
        personaId: 'integrator',
        reason: { type: 'chosen' },
        unsaved: true,
      });
    });

    it('reads a snapshot whose fields throw as no choice', async () => {
      const throwing = {
        get presence(): never {
          throw new Error('broken snapshot');
        },
      };
      const storageApi = {
        forBucket: () => storageApi,
        snapshot: () => throwing,
        observe$: () => ObservableImpl.of(throwing),
        set: async () => {},
        remove: async () => {},
      } as unknown as StorageApi;
      const { api } = createApi({ storageApi, defaultPersona: 'user' });
      expect((await api.getSelection()).personaId).toBe('user');
    });

    it('goes on without a storage that never says whether a choice exists', async () => {
      const silent = {
        forBucket: () => silent,
        snapshot: () => ({ key: 'selectedPersona', presence: 'unknown' }),
        set: () => new Promise<void>(() => {}),
        remove: () => new Promise<void>(() => {}),
        observe$: () => new ObservableImpl<any>(() => {}),
      } as unknown as StorageApi;
      const { api } = createApi({
        storageApi: silent,
        defaultPersona: 'user',
        timeouts: { storageMs: 50 },
      });
      expect((await api.getSelection()).personaId).toBe('user');
    });
  });

  describe('over the user-settings backend', () => {
    const server = setupServer();
    registerMswTestHooks(server);

    function createOverBackend(options: { ownership?: string[] } = {}) {
      const backend = userSettingsBackend(server);
      const start = () =>
        createApi({
          storageApi: backend.createStorage(),
          ownershipEntityRefs: options.ownership ?? [
            'group:default/platform-team',
          ],
          defaultPersona: 'user',
        }).api;
      return { backend, start };
    }

    it('resets within 2 s of a page load: the page and the server agree', async () => {
      const { backend, start } = createOverBackend();
      backend.storePersona('integrator');
      const api = start();
      const recorder = record(api);
      expect((await api.getSelection()).personaId).toBe('integrator');
      await api.clearSelection();
      await settle(300);
      expect(summary(recorder.last())).toEqual({
        personaId: 'administrator',
        reason: { type: 'group', entityRef: 'group:default/platform-team' },
        automatic: 'administrator',
      });
      expect(backend.storedPersona()).toBeUndefined();
      recorder.stop();
    });

    it('ends on the last of rapid choices, on the page and on the server', async () => {
      const { backend, start } = createOverBackend();
      // The first answers are the slowest, so they would arrive last.
      backend.planWrites({ delayMs: 120 }, { delayMs: 60 }, { delayMs: 0 });
      const api = start();
      const recorder = record(api);
      await api.getSelection();
      const picks = ['user', 'integrator', 'all', 'user', 'integrator'].map(
        id => api.selectPersona(id),
      );
      await Promise.all(picks);
      await settle(300);
      expect(recorder.last()).toMatchObject({
        personaId: 'integrator',
        reason: { type: 'chosen' },
      });
      expect(recorder.last().unsaved).toBeUndefined();
      expect(backend.storedPersona()).toBe('integrator');

      const reloaded = start();
      expect((await reloaded.getSelection()).personaId).toBe('integrator');
      recorder.stop();
    });

    it('reset right after choices wins over their late echoes', async () => {
      const { backend, start } = createOverBackend();
      backend.planWrites({ delayMs: 80 }, { delayMs: 40 });
      const api = start();
      const recorder = record(api);
      await api.getSelection();
      api.selectPersona('user');
      api.selectPersona('integrator');
      await api.clearSelection();
      await settle(300);
      expect(recorder.last().reason.type).toBe('group');
      expect(backend.storedPersona()).toBeUndefined();
      recorder.stop();
    });

    it('does not mark a saved choice unsaved when an earlier write fails late', async () => {
      const { backend, start } = createOverBackend();
      backend.planWrites({ delayMs: 100, fail: true }, { delayMs: 0 });
      const api = start();
      const recorder = record(api);
      await api.getSelection();
      const first = api.selectPersona('user');
      await api.selectPersona('integrator');
      await first;
      await settle(100);
      expect(recorder.last()).toMatchObject({ personaId: 'integrator' });
      expect(recorder.last().unsaved).toBeUndefined();
      expect(backend.storedPersona()).toBe('integrator');
      recorder.stop();
    });

    it('marks the last choice unsaved when its own write fails', async () => {
      const { backend, start } = createOverBackend();
      backend.planWrites({ fail: true });
      const api = start();
      await api.getSelection();
      await api.selectPersona('user');
      expect(await api.getSelection()).toMatchObject({
        personaId: 'user',
        unsaved: true,
      });
    });

    it('keeps a choice made before storage first answered', async () => {
      const { backend, start } = createOverBackend();
      backend.storePersona('integrator');
      backend.slowReads(150);
      const api = start();
      const recorder = record(api);
      await api.selectPersona('user');
      await settle(400);
      expect(recorder.last().personaId).toBe('user');
      expect(backend.storedPersona()).toBe('user');
      recorder.stop();
    });
  });
});
