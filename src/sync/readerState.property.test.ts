import { registerMswTestHooks } from '@backstage/test-utils';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import {
  advance,
  readerReturns,
  readerTabs,
  ReaderTab,
  TAB_PERSONAS,
  useVirtualTime,
} from '../__testUtils__/readerTabs';
import { WritePlan } from '../__testUtils__/userSettingsBackend';

// Interleavings of a reader's clicks in several pages with reads, writes,
// echoes, signals, failures and delays of the user-settings backend, over
// the real UserSettingsStorage client. Whatever happens, once the backend
// recovers every page and every new page shows the reader's last action on
// each step and their last persona choice; and at every moment the page
// where the reader acted last shows that action.

const STEPS = ['one', 'two', 'three'];
const PERSONAS = TAB_PERSONAS.map(p => p.id);
const MAX_TABS = 3;

type Op =
  | { kind: 'mark' | 'unmark'; tab: number; step: string }
  | { kind: 'choose'; tab: number; persona: string }
  | { kind: 'clear'; tab: number }
  | { kind: 'wait'; ms: number }
  | { kind: 'write'; plan: WritePlan }
  | { kind: 'failReads'; count: number }
  | { kind: 'slowReads'; ms: number }
  | { kind: 'release' }
  | { kind: 'return' }
  | { kind: 'signals'; on: boolean }
  | { kind: 'open' };

const tab = fc.nat({ max: MAX_TABS - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom('mark' as const, 'unmark' as const),
      tab,
      step: fc.constantFrom(...STEPS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('choose' as const),
      tab,
      persona: fc.constantFrom(...PERSONAS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('clear' as const), tab }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      ms: fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: 6000 })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      plan: fc.oneof(
        fc.record({ delayMs: fc.nat({ max: 6000 }) }),
        fc.constant({ fail: true }),
        fc.constant({ hang: 'apply' as const }),
        fc.constant({ hang: 'drop' as const }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('failReads' as const),
      count: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('slowReads' as const),
      ms: fc.nat({ max: 4000 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'release' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'return' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('signals' as const),
      on: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'open' as const }) },
);

/** The reader's actions in time order: the last one on a thing decides. */
class Model {
  readonly steps = new Map<string, { done: boolean; tab: ReaderTab }>();
  persona?: { shown: string; tab: ReaderTab };

  done(): string[] {
    return [...this.steps]
      .filter(([, last]) => last.done)
      .map(([step]) => step)
      .sort();
  }

  shownPersona(): string {
    return this.persona?.shown ?? 'user:default';
  }
}

const doneIn = (t: ReaderTab) => {
  const done = t.view().done;
  return done && STEPS.filter(step => done.has(step)).sort();
};
const personaIn = (t: ReaderTab) => {
  const selection = t.view().selection;
  return selection && `${selection.personaId}:${selection.reason.type}`;
};

/** The page where the reader acted last on a thing still shows that action. */
function expectLastActionsShown(model: Model) {
  for (const [step, last] of model.steps) {
    const done = last.tab.view().done;
    if (done) expect(`${step}:${done.has(step)}`).toBe(`${step}:${last.done}`);
  }
  if (model.persona) {
    const shown = personaIn(model.persona.tab);
    if (shown) expect(shown).toBe(model.persona.shown);
  }
}

describe('a reader’s state over every interleaving', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  useVirtualTime();

  const numRuns = Number(process.env.PROPERTY_RUNS ?? 30);

  it('loses no step and no newest persona choice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(op, { minLength: 1, maxLength: 30 }),
        async (signals, ops) => {
          server.resetHandlers();
          jest.clearAllTimers();
          const world = readerTabs(server);
          world.backend.signals(signals);
          const model = new Model();
          try {
            world.open();
            world.open();
            for (const o of ops) {
              await apply(world, model, o);
              expectLastActionsShown(model);
            }
            // The backend recovers; the reader comes back to every page.
            world.backend.clearPlans();
            world.backend.failReads(0);
            world.backend.slowReads(0);
            world.backend.release();
            // A last action, saved without the reader coming back to any
            // page: retries alone must get it stored.
            await advance(20_000);
            await apply(world, model, { kind: 'mark', tab: 0, step: 'one' });
            await advance(30_000);
            const saved = world.open();
            await advance(5000);
            expect(doneIn(saved)).toContain('one');
            for (let i = 0; i < 3; i++) {
              readerReturns();
              await advance(20_000);
            }
            const fresh = world.open();
            await advance(5000);
            for (const t of world.tabs) {
              expect(doneIn(t) ?? []).toEqual(model.done());
              expect(personaIn(t)).toBe(model.shownPersona());
              expect(t.view().selection?.unsaved).toBeFalsy();
            }
            expect(doneIn(fresh) ?? []).toEqual(model.done());
          } finally {
            world.closeAll();
          }
        },
      ),
      { numRuns },
    );
    // Virtual time runs fast, but each run still makes real requests.
  }, 900_000);
});

async function apply(
  world: ReturnType<typeof readerTabs>,
  model: Model,
  o: Op,
) {
  const tabOf = (i: number) => world.tabs[i % world.tabs.length];
  switch (o.kind) {
    case 'mark':
    case 'unmark': {
      // Every action at its own millisecond: "last" is well defined.
      await advance(2);
      const t = tabOf(o.tab);
      model.steps.set(o.step, { done: o.kind === 'mark', tab: t });
      if (o.kind === 'mark') t.progress.markDone([o.step]);
      else t.progress.markUndone([o.step]);
      break;
    }
    case 'choose':
    case 'clear': {
      await advance(2);
      const t = tabOf(o.tab);
      if (o.kind === 'choose') {
        model.persona = { shown: `${o.persona}:chosen`, tab: t };
        t.persona.selectPersona(o.persona);
      } else {
        model.persona = { shown: 'user:default', tab: t };
        t.persona.clearSelection();
      }
      break;
    }
    case 'wait':
      await advance(o.ms);
      break;
    case 'write':
      world.backend.planWrites(o.plan);
      break;
    case 'failReads':
      world.backend.failReads(o.count);
      break;
    case 'slowReads':
      world.backend.slowReads(o.ms);
      break;
    case 'release':
      world.backend.release();
      break;
    case 'return':
      readerReturns();
      break;
    case 'signals':
      world.backend.signals(o.on);
      break;
    case 'open':
      if (world.tabs.length < MAX_TABS) world.open();
      break;
    default:
      throw new Error(`Unknown op ${JSON.stringify(o)}`);
  }
  await advance(1);
}
