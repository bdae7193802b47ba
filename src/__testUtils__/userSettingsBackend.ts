import { ErrorApiForwarder } from '@backstage/core-app-api';
import { MockFetchApi, mockApis } from '@backstage/test-utils';
import type { UserSettingsStorage } from '@backstage/plugin-user-settings';
import { delay, http, HttpResponse } from 'msw';
import { SetupServer } from 'msw/node';
import { dirname, join } from 'node:path';

const BASE = 'http://backend.test/api/user-settings';

/** The module of the real UserSettingsStorage client, in the package. */
const USER_SETTINGS_STORAGE_FILE = join(
  dirname(require.resolve('@backstage/plugin-user-settings')),
  'apis',
  'StorageApi',
  'UserSettingsStorage.esm.js',
);

const sharedDependencies = () =>
  [
    '@backstage/core-app-api',
    '@backstage/errors',
    'zen-observable',
    'dataloader',
  ].map(name => [name, jest.requireActual(name)] as const);

/** How the fake backend treats one write. */
export interface WritePlan {
  /** Milliseconds before the answer. */
  delayMs?: number;
  /** Answer with a server error instead of storing. */
  fail?: boolean;
  /**
   * Hold the request until {@link UserSettingsBackend.release}: `apply`
   * then stores it late (a slow database), `drop` fails it without storing
   * (a replica that died with the request).
   */
  hang?: 'apply' | 'drop';
}

type Signal = { type: 'key-changed' | 'key-deleted'; key: string };

/** A page load's storage, as an app builds it. */
export interface BackendPage {
  storageApi: UserSettingsStorage;
  /** The app's error API, which the storage posts failed reads to. */
  errorApi: ErrorApiForwarder;
}

/**
 * The HTTP API of Backstage's user-settings backend, held in memory behind
 * msw, for the real `UserSettingsStorage` client to talk to: its 2 s read
 * cache, its batching and its echo of every write behave as in a portal.
 * Writes can be delayed, failed or held one by one, reads slowed or failed,
 * and the signals the backend publishes on every change delivered or not,
 * so tests can make answers arrive late, out of order or never.
 */
export function userSettingsBackend(server: SetupServer) {
  const values = new Map<string, unknown>();
  const writePlans: WritePlan[] = [];
  const writes: string[] = [];
  const held: Array<() => void> = [];
  const signalListeners = new Set<(signal: Signal) => void>();
  let readDelayMs = 0;
  let failingReads = 0;
  let signalsOn = false;
  let requests = 0;

  const publish = (signal: Signal) => {
    if (!signalsOn) return;
    for (const listener of [...signalListeners]) listener(signal);
  };

  /** Waits as the plan says; false when the write must fail. */
  async function follow(plan: WritePlan): Promise<'go' | 'fail' | 'drop'> {
    if (plan.hang) {
      await new Promise<void>(resolve => held.push(resolve));
      return plan.hang === 'apply' ? 'go' : 'drop';
    }
    await delay(plan.delayMs ?? 0);
    return plan.fail ? 'fail' : 'go';
  }

  server.use(
    http.post(`${BASE}/multiget`, async ({ request }) => {
      requests += 1;
      const { items } = (await request.json()) as {
        items: { bucket: string; key: string }[];
      };
      if (failingReads > 0) {
        failingReads -= 1;
        await delay(readDelayMs);
        return new HttpResponse(null, { status: 503 });
      }
      // Read now, answer later: a slow read reports what was stored when
      // it arrived, as a real server does.
      const answer = items.map(({ bucket, key }) => {
        const id = `${bucket}/${key}`;
        return values.has(id) ? { bucket, key, value: values.get(id) } : null;
      });
      await delay(readDelayMs);
      return HttpResponse.json({ items: answer });
    }),
    http.put(
      `${BASE}/buckets/:bucket/keys/:key`,
      async ({ params, request }) => {
        requests += 1;
        const plan = writePlans.shift() ?? {};
        const { value } = (await request.json()) as { value: unknown };
        const outcome = await follow(plan);
        if (outcome === 'drop') return HttpResponse.error();
        if (outcome === 'fail') return new HttpResponse(null, { status: 500 });
        const id = `${params.bucket}/${params.key}`;
        values.set(id, value);
        writes.push(`set ${String(value)}`);
        publish({ type: 'key-changed', key: String(params.key) });
        // The backend answers with what it holds after the write.
        return HttpResponse.json({
          bucket: params.bucket,
          key: params.key,
          value: values.get(id),
        });
      },
    ),
    http.delete(`${BASE}/buckets/:bucket/keys/:key`, async ({ params }) => {
      const plan = writePlans.shift() ?? {};
      const outcome = await follow(plan);
      if (outcome === 'drop') return HttpResponse.error();
      if (outcome === 'fail') return new HttpResponse(null, { status: 500 });
      values.delete(`${params.bucket}/${params.key}`);
      writes.push('remove');
      publish({ type: 'key-deleted', key: String(params.key) });
      return new HttpResponse(null, { status: 204 });
    }),
  );

  function loadStorageClass(): typeof UserSettingsStorage {
    let Storage!: typeof UserSettingsStorage;
    jest.isolateModules(() => {
      // Only the client's own module is loaded anew (it keeps its buckets
      // in module state); its stateless dependencies are shared, which
      // makes a page load take a millisecond instead of a quarter second.
      for (const [name, module] of sharedDependencies()) {
        jest.doMock(name, () => module);
      }
      Storage = require(USER_SETTINGS_STORAGE_FILE).UserSettingsStorage;
    });
    return Storage;
  }

  /**
   * A page load of the app: the storage client keeps its buckets in module
   * state, so each load gets its own module, and its own error API.
   */
  function createPage(): BackendPage {
    const Storage = loadStorageClass();
    const errorApi = new ErrorApiForwarder();
    const storageApi = Storage.create({
      fetchApi: new MockFetchApi(),
      discoveryApi: { getBaseUrl: async () => BASE },
      errorApi,
      identityApi: mockApis.identity({ token: 'token' }),
      signalApi: {
        subscribe(_channel: string, onMessage: (message: any) => void) {
          signalListeners.add(onMessage);
          return { unsubscribe: () => signalListeners.delete(onMessage) };
        },
      } as any,
    });
    return { storageApi, errorApi };
  }

  return {
    /** What the backend stores under `persona-docs/<key>`. */
    stored: (key: string) => values.get(`default.persona-docs/${key}`),
    store: (key: string, value: unknown) =>
      values.set(`default.persona-docs/${key}`, value),
    /** What the backend stores for the persona choice, as older versions kept it. */
    storedPersona: () => values.get('default.persona-docs/selectedPersona'),
    storePersona: (value: unknown) =>
      values.set('default.persona-docs/selectedPersona', value),
    /** Plans for the next writes, in the order they arrive. */
    planWrites: (...plans: WritePlan[]) => writePlans.push(...plans),
    /** Forgets the plans not used yet. */
    clearPlans: () => {
      writePlans.length = 0;
    },
    slowReads: (ms: number) => {
      readDelayMs = ms;
    },
    /** The next `count` reads answer 503, which the client reads as absent. */
    failReads: (count: number) => {
      failingReads = count;
    },
    /** Whether the backend publishes signals on changes (signals-backend). */
    signals: (on: boolean) => {
      signalsOn = on;
    },
    /** Lets every held write go on, as its plan says. */
    release: () => {
      for (const resume of held.splice(0)) resume();
    },
    /** The writes the backend applied, in order. */
    writes,
    requests: () => requests,
    createPage,
    /** A page load's storage client. */
    createStorage: (): UserSettingsStorage => createPage().storageApi,
  };
}

/** The fake user-settings backend of {@link userSettingsBackend}. */
export type UserSettingsBackend = ReturnType<typeof userSettingsBackend>;
