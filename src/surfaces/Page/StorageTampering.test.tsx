/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "expectPersona"] }] */
import { StorageApi, StorageValueSnapshot } from '@backstage/core-plugin-api';
import { JsonValue } from '@backstage/types';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ObservableImpl from 'zen-observable';
import { renderPersonaDocs } from '../../__testUtils__/renderPersonaDocs';
import { testPersonaDocsConfig } from '../../__testUtils__/testConfig';
import { PageContent } from './PageContent';

/*
 * The stored persona comes from the StorageApi: written by another version
 * of the plugin, edited by hand, or served by a user-settings backend that
 * is down. Whatever it holds or does, the page renders, with the persona the
 * precedence rules give when the stored choice is unusable: the reader's
 * group mapping, then `defaultPersona`, then all personas.
 */

const KEY = 'selectedPersona';
const MEMBER = ['user:default/guest', 'group:default/platform-team'];

/** What the page says for each way a persona can apply. */
const REASON = {
  chosen: 'Chosen by you',
  group: 'From your membership in group:default/platform-team',
  default: 'Default for this portal',
  none: 'No persona is set for you, so every entry is shown',
};

type Step = 'group' | 'default' | 'none';

/** The three fallbacks below a stored choice, as reader and config set them up. */
const FALLBACKS: Record<
  Step,
  { ownershipEntityRefs?: string[]; withDefault: boolean; persona: string }
> = {
  group: {
    ownershipEntityRefs: MEMBER,
    withDefault: true,
    persona: 'Administrator',
  },
  default: { withDefault: true, persona: 'End User' },
  none: { withDefault: false, persona: 'All personas' },
};

function config(withDefault: boolean) {
  const { defaultPersona, ...rest } = testPersonaDocsConfig;
  return withDefault ? testPersonaDocsConfig : rest;
}

type Methods = {
  forBucket(name: string): unknown;
  snapshot(key: string): unknown;
  observe$(key: string): unknown;
  set(key: string, value: unknown): unknown;
  remove(key: string): unknown;
};

/**
 * A StorageApi holding one raw snapshot for the persona key, with any method
 * replaced. `emit` sends a new snapshot to subscribers, like another tab or
 * the user-settings backend would.
 */
function fakeStorage(snapshot: unknown, overrides: Partial<Methods> = {}) {
  const subscribers = new Set<ZenObservable.SubscriptionObserver<unknown>>();
  let current = snapshot;
  const bucket: Methods = {
    forBucket: () => bucket,
    snapshot: () => current,
    observe$: () =>
      new ObservableImpl<unknown>(subscriber => {
        subscribers.add(subscriber);
        return () => subscribers.delete(subscriber);
      }),
    set: async (key: string, value: unknown) => {
      current = { key, presence: 'present', value };
      subscribers.forEach(s => s.next(current));
    },
    remove: async (key: string) => {
      current = { key, presence: 'absent' };
      subscribers.forEach(s => s.next(current));
    },
    ...overrides,
  };
  return {
    storageApi: bucket as unknown as StorageApi,
    emit(next: unknown) {
      current = next;
      act(() => subscribers.forEach(s => s.next(next)));
    },
  };
}

function stored(value: unknown): StorageValueSnapshot<JsonValue> {
  return {
    key: KEY,
    presence: 'present',
    value,
  } as StorageValueSnapshot<JsonValue>;
}

function personaControl() {
  return screen.getByRole('combobox', { name: 'Persona' });
}

/** Which of the two persona-specific groups each persona sees. */
const GROUPS_SHOWN: Record<string, Record<string, boolean>> = {
  'End User': { 'Administrator guides': false, 'User guides': true },
  Administrator: { 'Administrator guides': true, 'User guides': false },
  Integrator: { 'Administrator guides': false, 'User guides': false },
  'All personas': { 'Administrator guides': true, 'User guides': true },
};

/**
 * The page shows this persona, for this reason, with its entries. When
 * nothing picks a persona, it asks the reader who they are instead.
 */
async function expectPersona(persona: string, reason: string) {
  if (reason === REASON.none) {
    expect(
      await screen.findByRole('heading', { name: 'Who are you?' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
    return;
  }
  expect(await screen.findByText(reason)).toBeInTheDocument();
  expect(personaControl()).toHaveTextContent(persona);
  // The trees follow the select in a deferred render.
  await waitFor(() => {
    const tree = screen.getByRole('tree', { name: 'Developer Portal docs' });
    const titles = within(tree)
      .getAllByRole('treeitem')
      .map(item => item.textContent ?? '');
    expect({
      'Administrator guides': titles.some(t =>
        t.startsWith('Administrator guides'),
      ),
      'User guides': titles.some(t => t.startsWith('User guides')),
    }).toEqual(GROUPS_SHOWN[persona]);
  });
}

async function render(storageApi: StorageApi, step: Step) {
  const { ownershipEntityRefs, withDefault } = FALLBACKS[step];
  return renderPersonaDocs(<PageContent />, {
    personaDocs: config(withDefault),
    ownershipEntityRefs,
    storageApi: storageApi as any,
  });
}

describe('stored persona from elsewhere', () => {
  it('uses a valid stored choice over group mapping and default (the positive case)', async () => {
    await render(fakeStorage(stored('integrator')).storageApi, 'group');
    await expectPersona('Integrator', REASON.chosen);
  });

  it('uses a stored "all"', async () => {
    await render(fakeStorage(stored('all')).storageApi, 'group');
    await expectPersona('All personas', REASON.chosen);
  });

  const TAMPERED: Array<[string, unknown, Step]> = [
    ['a number', 42, 'group'],
    ['an object', { id: 'administrator' }, 'default'],
    ['a list', ['integrator'], 'none'],
    ['null', null, 'group'],
    ['a boolean', true, 'default'],
    ['an empty string', '', 'none'],
    ['an unknown persona', 'boss', 'group'],
    ['a persona id in other case', 'INTEGRATOR', 'default'],
    ['a persona id with spaces', ' integrator ', 'none'],
    ['a title instead of an id', 'Integrator', 'group'],
    ['"__proto__"', '__proto__', 'default'],
    ['"constructor"', 'constructor', 'none'],
    ['"toString"', 'toString', 'group'],
    ['a huge string', 'integrator'.repeat(100_000), 'default'],
  ];

  it.each(TAMPERED.map(([what, value, step]) => ({ what, value, step })))(
    'ignores $what and falls back to the $step persona',
    async ({ value, step }) => {
      await render(fakeStorage(stored(value)).storageApi, step);
      await expectPersona(FALLBACKS[step].persona, REASON[step]);
      // Nothing was "chosen", so there is nothing to reset.
      expect(
        screen.queryByRole('button', { name: /^Reset to/ }),
      ).not.toBeInTheDocument();
    },
  );

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'present'],
    ['present without a value', { key: KEY, presence: 'present' }],
    [
      'an unknown presence',
      { key: KEY, presence: 'maybe', value: 'integrator' },
    ],
  ])('copes with a storage snapshot that is %s', async (_, snapshot) => {
    await render(fakeStorage(snapshot).storageApi, 'default');
    await expectPersona('End User', REASON.default);
  });

  it('keeps the choice when another tab stores garbage, and follows a newer choice', async () => {
    const storage = fakeStorage(stored('integrator'));
    await render(storage.storageApi, 'group');
    await expectPersona('Integrator', REASON.chosen);
    // Garbage, or no snapshot at all, is no newer choice: it tells nothing.
    storage.emit(stored({ evil: true }));
    storage.emit(undefined);
    await expectPersona('Integrator', REASON.chosen);
    storage.emit(stored({ personaId: 'user', at: Date.now() }));
    await expectPersona('End User', REASON.chosen);
  });
});

describe('a storage that fails', () => {
  const boom = () => {
    throw new Error('storage is down');
  };

  const UNKNOWN = { key: KEY, presence: 'unknown' };
  it.each<[string, Partial<Methods>, unknown, Step]>([
    ['forBucket throws', { forBucket: boom }, stored('integrator'), 'group'],
    ['snapshot throws', { snapshot: boom }, stored('integrator'), 'default'],
    ['observe$ throws', { observe$: boom }, UNKNOWN, 'none'],
    [
      'observe$ errors',
      { observe$: () => new ObservableImpl(s => s.error(new Error('down'))) },
      UNKNOWN,
      'group',
    ],
    [
      'observe$ returns no observable',
      { observe$: () => undefined },
      UNKNOWN,
      'default',
    ],
  ])(
    'renders with the fallback persona at once when %s',
    async (_, overrides, snapshot, step) => {
      await render(fakeStorage(snapshot, overrides).storageApi, step);
      await expectPersona(FALLBACKS[step].persona, REASON[step]);
    },
  );

  it('still uses a stored choice it could read when watching for changes fails', async () => {
    await render(
      fakeStorage(stored('integrator'), { observe$: boom }).storageApi,
      'group',
    );
    await expectPersona('Integrator', REASON.chosen);
  });

  it.each<[string, Partial<Methods>]>([
    [
      'set rejects',
      { set: () => Promise.reject(new Error('storage is down')) },
    ],
    ['set throws', { set: boom }],
    ['forBucket throws', { forBucket: boom }],
  ])(
    'keeps a new choice for this page and says it was not saved when %s',
    async (_, overrides) => {
      await render(
        fakeStorage({ key: KEY, presence: 'absent' }, overrides).storageApi,
        'default',
      );
      await expectPersona('End User', REASON.default);
      await userEvent.click(personaControl());
      await userEvent.click(
        screen.getByRole('option', { name: /^Administrator/ }),
      );
      await expectPersona('Administrator', REASON.chosen);
      expect(
        await screen.findByText('Your choice is not saved yet; retrying'),
      ).toBeInTheDocument();
      // Going back to the automatic persona works without storage too.
      await userEvent.click(
        screen.getByRole('button', { name: 'Reset to End User' }),
      );
      await expectPersona('End User', REASON.default);
    },
  );

  it('shows the page once a storage that never answers has had its time', async () => {
    const silent = fakeStorage(
      { key: KEY, presence: 'unknown' },
      {
        set: () => new Promise(() => {}),
      },
    );
    await render(silent.storageApi, 'default');
    // Until then the page waits rather than showing a persona it may revise.
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
    expect(
      await screen.findByText(REASON.default, undefined, { timeout: 4000 }),
    ).toBeInTheDocument();
    await expectPersona('End User', REASON.default);
  }, 10_000);
});
