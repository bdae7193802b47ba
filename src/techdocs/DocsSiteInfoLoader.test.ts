import { NotFoundError } from '@backstage/errors';
import { DocsSiteInfoLoader } from './DocsSiteInfoLoader';

const target = {
  type: 'techdocs' as const,
  entityRef: 'component:default/site',
  kind: 'component',
  namespace: 'default',
  name: 'site',
};

const never = () => new Promise<never>(() => {});

describe('DocsSiteInfoLoader', () => {
  it('says what TechDocs and the catalog say about a site', async () => {
    const loader = new DocsSiteInfoLoader({
      getTechDocsMetadata: async () => ({
        site_name: 'Site',
        site_description: 'About the site',
      }),
      getEntityMetadata: async () =>
        ({
          metadata: {
            name: 'site',
            title: 'The site',
            annotations: { a: 'b', n: 5 },
          },
        } as any),
    });
    expect(await loader.load(target, false)).toEqual({
      status: 'ok',
      title: 'Site',
      description: 'About the site',
    });
    expect(await loader.load(target, true)).toEqual({
      status: 'ok',
      title: 'The site',
      description: 'About the site',
      annotations: { a: 'b' },
    });
  });

  it('asks about each site once', async () => {
    const getTechDocsMetadata = jest.fn(async () => ({
      site_name: 'Site',
      site_description: '',
    }));
    const loader = new DocsSiteInfoLoader({
      getTechDocsMetadata,
      getEntityMetadata: never,
    });
    await Promise.all([
      loader.load(target, false),
      loader.load({ ...target, name: 'SITE' }, false),
      loader.load(target, false),
    ]);
    expect(getTechDocsMetadata).toHaveBeenCalledTimes(1);
    expect(loader.peek(target, false)?.status).toBe('ok');
  });

  it('marks a missing site not found, and any other failure unknown', async () => {
    const missing = new DocsSiteInfoLoader({
      getTechDocsMetadata: () => Promise.reject(new NotFoundError('no site')),
      getEntityMetadata: never,
    });
    expect(await missing.load(target, false)).toEqual({ status: 'not-found' });
    const failing = new DocsSiteInfoLoader({
      getTechDocsMetadata: () => Promise.reject(new Error('500')),
      getEntityMetadata: never,
    });
    expect(await failing.load(target, false)).toEqual({ status: 'unknown' });
  });

  it('copes with an API whose methods throw synchronously', async () => {
    const loader = new DocsSiteInfoLoader({
      getTechDocsMetadata: () => {
        throw new Error('thrown, not rejected');
      },
      getEntityMetadata: () => {
        throw new Error('thrown, not rejected');
      },
    });
    await expect(loader.load(target, true)).resolves.toEqual({
      status: 'unknown',
    });
  });

  it('gives up on an unanswered request after the timeout it is given', async () => {
    const loader = new DocsSiteInfoLoader(
      { getTechDocsMetadata: never, getEntityMetadata: never },
      { timeoutMs: 20 },
    );
    await expect(loader.load(target, true)).resolves.toEqual({
      status: 'unknown',
    });
  });

  it('gives up on an unanswered request after 10 seconds by default', async () => {
    jest.useFakeTimers();
    try {
      const loader = new DocsSiteInfoLoader({
        getTechDocsMetadata: never,
        getEntityMetadata: never,
      });
      let answer: unknown;
      loader.load(target, true).then(a => {
        answer = a;
      });
      await jest.advanceTimersByTimeAsync(9_999);
      expect(answer).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect(answer).toEqual({ status: 'unknown' });
    } finally {
      jest.useRealTimers();
    }
  });
});
