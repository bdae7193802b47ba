import { registerMswTestHooks } from '@backstage/test-utils';
import { setupServer } from 'msw/node';
import {
  advance,
  readerReturns,
  readerTabs,
  ReaderTab,
  useVirtualTime,
} from '../__testUtils__/readerTabs';

// The persona choice over the real user-settings client and a fake backend
// that is slow, fails, holds requests or sends no signals, in virtual time.
describe('the persona choice kept in user settings', () => {
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

  /** The persona a page shows, and whether the reader chose it. */
  const shown = (tab: ReaderTab) => {
    const selection = tab.view().selection;
    return selection && `${selection.personaId}:${selection.reason.type}`;
  };

  async function freshPage() {
    const tab = world.open();
    await advance(3000);
    return shown(tab);
  }

  it('shows a stored choice once storage answers after a failed read, and writes nothing meanwhile', async () => {
    world.backend.storePersona('integrator');
    world.backend.failReads(1);
    const tab = world.open();
    await advance(30_000);
    expect(shown(tab)).toBe('integrator:chosen');
    expect(world.backend.writes).toEqual([]);
  });

  it('ends on the newest choice everywhere when an older one reaches the backend last', async () => {
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    world.backend.planWrites({ delayMs: 4000 });
    a.persona.selectPersona('integrator');
    await advance(1000);
    b.persona.selectPersona('administrator');
    await advance(10_000);
    readerReturns();
    await advance(10_000);
    expect(shown(a)).toBe('administrator:chosen');
    expect(shown(b)).toBe('administrator:chosen');
    expect(await freshPage()).toBe('administrator:chosen');
  });

  it('keeps a reset made after a choice on another device', async () => {
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    world.backend.planWrites({ delayMs: 4000 });
    a.persona.selectPersona('integrator');
    await advance(1000);
    b.persona.clearSelection();
    await advance(10_000);
    readerReturns();
    await advance(10_000);
    expect(shown(a)).toBe('user:default');
    expect(await freshPage()).toBe('user:default');
  });

  it('goes on saving choices after a write that never finishes', async () => {
    const tab = world.open();
    await advance(3000);
    world.backend.planWrites({ hang: 'drop' });
    tab.persona.selectPersona('user');
    await advance(1000);
    tab.persona.selectPersona('integrator');
    await advance(60_000);
    expect(await freshPage()).toBe('integrator:chosen');
  });

  it('tells other tabs without signals once the reader comes back to them', async () => {
    world.backend.signals(false);
    const [a, b] = [world.open(), world.open()];
    await advance(3000);
    a.persona.selectPersona('integrator');
    await advance(5000);
    readerReturns();
    await advance(5000);
    expect(shown(b)).toBe('integrator:chosen');
  });

  it('retries a choice that could not be saved, and says so until it is', async () => {
    const tab = world.open();
    await advance(3000);
    world.backend.planWrites({ fail: true }, { fail: true }, { fail: true });
    tab.persona.selectPersona('integrator');
    await advance(500);
    expect(tab.view().selection).toMatchObject({
      personaId: 'integrator',
      unsaved: true,
    });
    await advance(60_000);
    expect(tab.view().selection?.unsaved).toBeFalsy();
    expect(await freshPage()).toBe('integrator:chosen');
  });
});
