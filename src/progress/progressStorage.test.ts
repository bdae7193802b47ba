import { registerMswTestHooks } from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import {
  advance,
  readerReturns,
  readerTabs,
  ReaderTab,
  useVirtualTime,
} from '../__testUtils__/readerTabs';

// Learning progress over the real user-settings client and a fake backend
// that is slow, fails, holds requests or sends no signals, in virtual time.
describe('learning progress kept in user settings', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  useVirtualTime();
  // Virtual time runs fast, but requests are real: a loaded machine may
  // need more than jest's default five seconds of wall-clock time.
  jest.setTimeout(120_000);

  let world: ReturnType<typeof readerTabs>;
  beforeEach(() => {
    world = readerTabs(server);
  });
  afterEach(() => world.closeAll());

  const done = (tab: ReaderTab) => [...(tab.view().done ?? [])].sort();

  /** What a page loaded now shows. */
  async function freshPage() {
    const tab = world.open();
    await advance(3000);
    return done(tab);
  }

  it('keeps the steps stored before when a step is read before storage first answered', async () => {
    world.backend.store('progress', ['one', 'two']);
    world.backend.slowReads(1500);
    const tab = world.open();
    tab.progress.markDone(['three']);
    await advance(10_000);
    world.backend.slowReads(0);
    expect(done(tab)).toEqual(['one', 'three', 'two']);
    expect(await freshPage()).toEqual(['one', 'three', 'two']);
  });

  it('does not take a failed read for no progress', async () => {
    world.backend.store('progress', ['one', 'two']);
    world.backend.failReads(1);
    const tab = world.open();
    await advance(3000);
    tab.progress.markDone(['three']);
    await advance(30_000);
    expect(await freshPage()).toEqual(['one', 'three', 'two']);
  });

  it('retries failed reads at a measured pace, and saves once storage answers again', async () => {
    const tab = world.open();
    await advance(3000);
    world.backend.failReads(3);
    const before = world.backend.requests();
    tab.progress.markDone(['one']);
    await advance(60_000);
    // Three failed reads, one that succeeds, the write and its check.
    expect(world.backend.requests() - before).toBeLessThan(10);
    expect(await freshPage()).toEqual(['one']);
  });

  it('goes on saving after a read failed while everything was saved', async () => {
    const tab = world.open();
    await advance(3000);
    tab.progress.markDone(['one']);
    // Saved; the read that checks it, once the client's cache has passed,
    // fails.
    await advance(1000);
    world.backend.failReads(1);
    await advance(10_000);
    tab.progress.markDone(['two']);
    await advance(30_000);
    expect(await freshPage()).toEqual(['one', 'two']);
  });

  it('keeps both steps when two tabs mark one each at the same moment', async () => {
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    a.progress.markDone(['one']);
    b.progress.markDone(['two']);
    await advance(10_000);
    readerReturns();
    await advance(10_000);
    expect(done(a)).toEqual(['one', 'two']);
    expect(done(b)).toEqual(['one', 'two']);
    expect(await freshPage()).toEqual(['one', 'two']);
  });

  it('keeps "not done" when another tab marks a step from an older copy', async () => {
    world.backend.store('progress', ['one']);
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    a.progress.markUndone(['one']);
    await advance(5);
    b.progress.markDone(['two']);
    await advance(10_000);
    readerReturns();
    await advance(10_000);
    expect(done(a)).toEqual(['two']);
    expect(done(b)).toEqual(['two']);
    expect(await freshPage()).toEqual(['two']);
  });

  it('goes on saving after a write that never finishes', async () => {
    const tab = world.open();
    await advance(3000);
    world.backend.planWrites({ hang: 'drop' });
    tab.progress.markDone(['one']);
    await advance(1000);
    tab.progress.markDone(['two']);
    await advance(60_000);
    expect(await freshPage()).toEqual(['one', 'two']);
  });

  it('follows other tabs after one of its writes never finished', async () => {
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    world.backend.planWrites({ hang: 'drop' });
    a.progress.markDone(['one']);
    await advance(60_000);
    b.progress.markDone(['two']);
    await advance(5000);
    readerReturns();
    await advance(10_000);
    expect(done(a)).toEqual(['one', 'two']);
  });

  it('tells other tabs without signals once the reader comes back to them', async () => {
    world.backend.signals(false);
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    a.progress.markDone(['one']);
    await advance(5000);
    readerReturns();
    await advance(5000);
    expect(done(b)).toEqual(['one']);
  });

  it('tells other tabs through signals, even right after they read', async () => {
    world.backend.signals(true);
    const [a, b] = [world.open(), world.open()];
    // b reads just before a's change reaches the backend: the signal's
    // re-read comes from b's cache unless b reads again later.
    await advance(500);
    a.progress.markDone(['one']);
    await advance(10_000);
    expect(done(b)).toEqual(['one']);
  });

  it('says when progress is saving, and when it is not saved yet but will be', async () => {
    const tab = world.open();
    await advance(3000);
    const states: string[] = [];
    const progress = tab.progress as unknown as {
      saveState$(): { subscribe(next: (state: string) => void): unknown };
    };
    progress.saveState$().subscribe(state => states.push(state));
    world.backend.planWrites({ delayMs: 3000 });
    tab.progress.markDone(['one']);
    await advance(5000);
    expect(states).toContain('saving');
    expect(states.at(-1)).toBe('saved');
    world.backend.planWrites({ fail: true }, { fail: true });
    tab.progress.markDone(['two']);
    await advance(1000);
    expect(states.at(-1)).toBe('retrying');
    await advance(30_000);
    expect(states.at(-1)).toBe('saved');
    expect(await freshPage()).toEqual(['one', 'two']);
  });
});
