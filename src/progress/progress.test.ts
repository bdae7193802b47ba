import { mockApis } from '@backstage/test-utils';
import { readModel } from '../__testUtils__/readModel';
import { FlatTree } from '../tree/FlatTree';
import { learningPaths } from '../tree/navigation';
import { DefaultProgressApi } from './DefaultProgressApi';
import { pathProgress } from './pathProgress';

function pathsOf(steps: { id: string; title: string }[]) {
  return learningPaths(
    new FlatTree(
      readModel({
        sections: [
          {
            id: 's',
            title: 'S',
            entries: [
              {
                id: 'start',
                title: 'Getting started',
                learningPath: true,
                children: steps.map(step => ({ ...step, url: `/${step.id}` })),
              },
            ],
          },
        ],
      }),
    ),
    'all',
  );
}

const ONE = { id: 'one', title: 'One' };
const TWO = { id: 'two', title: 'Two' };
const THREE = { id: 'three', title: 'Three' };

describe('pathProgress', () => {
  it('counts done steps and names the next one', () => {
    const [progress] = pathProgress(
      pathsOf([ONE, TWO, THREE]),
      new Set(['one']),
    );
    expect(progress).toMatchObject({
      done: 1,
      total: 3,
      started: true,
      complete: false,
    });
    expect(progress.next?.id).toBe('two');
  });

  it('keeps progress when the steps are reordered, as it is kept by id', () => {
    const [progress] = pathProgress(
      pathsOf([THREE, ONE, TWO]),
      new Set(['one', 'three']),
    );
    expect(progress.done).toBe(2);
    expect(progress.next?.id).toBe('two');
  });

  it('ignores done ids of entries that are no longer in config', () => {
    const [progress] = pathProgress(
      pathsOf([ONE, TWO]),
      new Set(['one', 'removed-step', 'two-old']),
    );
    expect(progress).toMatchObject({ done: 1, total: 2 });
  });

  it('says when a path is complete', () => {
    const [progress] = pathProgress(
      pathsOf([ONE, TWO]),
      new Set(['one', 'two']),
    );
    expect(progress).toMatchObject({ complete: true, next: undefined });
  });
});

describe('DefaultProgressApi', () => {
  const done = (api: DefaultProgressApi) =>
    new Promise<string[]>(resolve => {
      const subscription = api.done$().subscribe(ids => {
        resolve([...ids].sort());
        Promise.resolve().then(() => subscription.unsubscribe());
      });
    });

  it('marks steps done and undone, and keeps them for the next page load', async () => {
    const storageApi = mockApis.storage();
    const api = new DefaultProgressApi({ storageApi });
    await api.markDone(['one', 'two']);
    await api.markDone(['two', 'three']);
    await api.markUndone(['one']);
    expect(await done(api)).toEqual(['three', 'two']);
    expect(await done(new DefaultProgressApi({ storageApi }))).toEqual([
      'three',
      'two',
    ]);
  });

  it.each([
    ['a string', 'one'],
    ['an object', { one: true }],
    ['a number', 7],
  ])('reads tampered progress that is %s as no progress', async (_, value) => {
    const storageApi = mockApis.storage();
    await storageApi.forBucket('persona-docs').set('progress', value as any);
    expect(await done(new DefaultProgressApi({ storageApi }))).toEqual([]);
  });

  it('keeps the ids of a tampered list and drops what is not an id', async () => {
    const storageApi = mockApis.storage();
    await storageApi
      .forBucket('persona-docs')
      .set('progress', ['one', 7, null, { id: 'x' }, 'two'] as any);
    expect(await done(new DefaultProgressApi({ storageApi }))).toEqual([
      'one',
      'two',
    ]);
  });
});
