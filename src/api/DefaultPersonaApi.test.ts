import { StorageApi } from '@backstage/core-plugin-api';
import { mockApis } from '@backstage/test-utils';
import ObservableImpl from 'zen-observable';
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
  ownershipEntityRefs?: string[];
  defaultPersona?: string;
  storageApi?: StorageApi;
}) {
  const storageApi = options.storageApi ?? mockApis.storage();
  const api = new DefaultPersonaApi({
    personas,
    defaultPersona: options.defaultPersona,
    storageApi,
    identityApi: mockApis.identity({
      userEntityRef: 'user:default/someone',
      ownershipEntityRefs: options.ownershipEntityRefs ?? [
        'user:default/someone',
      ],
    }),
  });
  return { api, storageApi };
}

function summary(selection: PersonaSelection) {
  return {
    personaId: selection.personaId,
    reason: selection.reason,
    automatic: selection.automatic.personaId,
  };
}

describe('DefaultPersonaApi', () => {
  it('lists the configured personas', () => {
    expect(createApi({}).api.getPersonas()).toBe(personas);
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
      const api = new DefaultPersonaApi({
        personas,
        defaultPersona: 'user',
        storageApi: mockApis.storage(),
        identityApi: {
          getBackstageIdentity: () => Promise.reject(new Error('signed out')),
        },
      });
      expect((await api.getSelection()).personaId).toBe('user');
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
      await storageApi.forBucket('persona-docs').set('selectedPersona', value);
      const { api } = createApi({ storageApi, defaultPersona: 'user' });
      expect(summary(await api.getSelection())).toEqual({
        personaId: 'user',
        reason: { type: 'default' },
        automatic: 'user',
      });
    });
  });

  describe('a storage that fails', () => {
    function throwingStorage(): StorageApi {
      return {
        forBucket: () => {
          throw new Error('storage is down');
        },
        snapshot: () => {
          throw new Error('storage is down');
        },
        set: () => Promise.reject(new Error('storage is down')),
        remove: () => Promise.reject(new Error('storage is down')),
        observe$: () => {
          throw new Error('storage is down');
        },
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

    it('goes on without a storage that never says whether a choice exists', async () => {
      jest.useFakeTimers();
      try {
        const silent = {
          forBucket: () => silent,
          snapshot: () => ({
            key: 'selectedPersona',
            presence: 'unknown' as const,
          }),
          set: () => new Promise<void>(() => {}),
          remove: () => new Promise<void>(() => {}),
          observe$: () => new ObservableImpl<any>(() => {}),
        } as unknown as StorageApi;
        const { api } = createApi({
          storageApi: silent,
          defaultPersona: 'user',
        });
        const selection = api.getSelection();
        await jest.advanceTimersByTimeAsync(2000);
        expect((await selection).personaId).toBe('user');
      } finally {
        jest.useRealTimers();
      }
    });
  });

  it('emits the selection and every change, including changes made elsewhere', async () => {
    const storageApi = mockApis.storage();
    const { api } = createApi({ storageApi, defaultPersona: 'user' });
    const seen: string[] = [];
    const subscription = api
      .selection$()
      .subscribe(s => seen.push(`${s.personaId}:${s.reason.type}`));
    await api.getSelection();
    await api.selectPersona('administrator');
    // Another tab, or the user-settings backend, changes the stored value.
    await storageApi
      .forBucket('persona-docs')
      .set('selectedPersona', 'integrator');
    await api.getSelection();
    subscription.unsubscribe();
    await api.selectPersona('user');
    await api.getSelection();
    expect(seen[0]).toBe('user:default');
    expect(seen).toContain('administrator:chosen');
    expect(seen[seen.length - 1]).toBe('integrator:chosen');
  });
});
