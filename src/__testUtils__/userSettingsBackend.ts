import { MockFetchApi, mockApis } from '@backstage/test-utils';
import type { UserSettingsStorage } from '@backstage/plugin-user-settings';
import { delay, http, HttpResponse } from 'msw';
import { SetupServer } from 'msw/node';
import ObservableImpl from 'zen-observable';

const BASE = 'http://backend.test/api/user-settings';

/** How the fake backend treats one write. */
export interface WritePlan {
  /** Milliseconds before the answer. */
  delayMs?: number;
  /** Answer with a server error instead of storing. */
  fail?: boolean;
}

/**
 * The HTTP API of Backstage's user-settings backend, held in memory behind
 * msw, for the real `UserSettingsStorage` client to talk to: its 2 s read
 * cache, its batching and its echo of every write behave as in a portal.
 * Writes can be delayed or failed one by one, so tests can make answers
 * arrive late and out of order.
 */
export function userSettingsBackend(server: SetupServer) {
  const values = new Map<string, unknown>();
  const writePlans: WritePlan[] = [];
  const writes: string[] = [];
  let readDelayMs = 0;

  server.use(
    http.post(`${BASE}/multiget`, async ({ request }) => {
      const { items } = (await request.json()) as {
        items: { bucket: string; key: string }[];
      };
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
        const plan = writePlans.shift() ?? {};
        const { value } = (await request.json()) as { value: unknown };
        await delay(plan.delayMs ?? 0);
        if (plan.fail) return new HttpResponse(null, { status: 500 });
        const id = `${params.bucket}/${params.key}`;
        values.set(id, value);
        writes.push(`set ${String(value)}`);
        return HttpResponse.json({
          bucket: params.bucket,
          key: params.key,
          value,
        });
      },
    ),
    http.delete(`${BASE}/buckets/:bucket/keys/:key`, async ({ params }) => {
      const plan = writePlans.shift() ?? {};
      await delay(plan.delayMs ?? 0);
      if (plan.fail) return new HttpResponse(null, { status: 500 });
      values.delete(`${params.bucket}/${params.key}`);
      writes.push('remove');
      return new HttpResponse(null, { status: 204 });
    }),
  );

  return {
    /** What the backend stores for the persona choice. */
    storedPersona: () => values.get('default.persona-docs/selectedPersona'),
    storePersona: (value: unknown) =>
      values.set('default.persona-docs/selectedPersona', value),
    /** Plans for the next writes, in the order they arrive. */
    planWrites: (...plans: WritePlan[]) => writePlans.push(...plans),
    slowReads: (ms: number) => {
      readDelayMs = ms;
    },
    /** The writes the backend applied, in order. */
    writes,
    /**
     * A client as a fresh page load of the app has one. The client keeps
     * its buckets in module state, so each load gets its own module.
     */
    createStorage: (): UserSettingsStorage => {
      let Storage!: typeof UserSettingsStorage;
      jest.isolateModules(() => {
        Storage =
          require('@backstage/plugin-user-settings').UserSettingsStorage;
      });
      return Storage.create({
        fetchApi: new MockFetchApi(),
        discoveryApi: { getBaseUrl: async () => BASE },
        errorApi: { post: () => {}, error$: () => ObservableImpl.of() },
        identityApi: mockApis.identity({ token: 'token' }),
      });
    },
  };
}
