import { SetupServer } from 'msw/node';
import { DefaultPersonaApi } from '../api/DefaultPersonaApi';
import { PersonaSelection } from '../api/PersonaApi';
import { Persona } from '../model/types';
import { DefaultProgressApi } from '../progress/DefaultProgressApi';
import {
  userSettingsBackend,
  UserSettingsBackend,
} from './userSettingsBackend';

export const TAB_PERSONAS: Persona[] = [
  { id: 'user', title: 'End User', groups: [] },
  { id: 'administrator', title: 'Administrator', groups: [] },
  { id: 'integrator', title: 'Integrator', groups: [] },
];

/** One open page of the app: its own storage client and plugin APIs. */
export interface ReaderTab {
  persona: DefaultPersonaApi;
  progress: DefaultProgressApi;
  /** What the page shows now. */
  view(): {
    selection?: PersonaSelection;
    done?: ReadonlySet<string>;
  };
  close(): void;
}

/**
 * Readers' pages (tabs, devices) over one fake user-settings backend, with
 * the real `UserSettingsStorage` client in each, in jest's virtual time:
 * call {@link useVirtualTime} first.
 */
export function readerTabs(server: SetupServer) {
  const backend: UserSettingsBackend = userSettingsBackend(server);
  const tabs: ReaderTab[] = [];

  function open(): ReaderTab {
    const { storageApi, errorApi } = backend.createPage();
    const persona = new DefaultPersonaApi({
      loadModel: async () => ({
        personas: TAB_PERSONAS,
        defaultPersona: 'user',
      }),
      storageApi,
      errorApi,
      identityApi: {
        getBackstageIdentity: async () => ({
          type: 'user' as const,
          userEntityRef: 'user:default/reader',
          ownershipEntityRefs: ['user:default/reader'],
        }),
      },
    } as ConstructorParameters<typeof DefaultPersonaApi>[0]);
    const progress = new DefaultProgressApi({
      storageApi,
      errorApi,
    } as ConstructorParameters<typeof DefaultProgressApi>[0]);
    let selection: PersonaSelection | undefined;
    let done: ReadonlySet<string> | undefined;
    const subscriptions = [
      persona.selection$().subscribe(s => {
        selection = s;
      }),
      progress.done$().subscribe(d => {
        done = d;
      }),
    ];
    const tab: ReaderTab = {
      persona,
      progress,
      view: () => ({ selection, done }),
      close: () => {
        for (const s of subscriptions) s.unsubscribe();
        (persona as { stop?(): void }).stop?.();
        (progress as { stop?(): void }).stop?.();
      },
    };
    tabs.push(tab);
    return tab;
  }

  return {
    backend,
    tabs,
    open,
    closeAll: () => {
      for (const tab of tabs.splice(0)) tab.close();
    },
  };
}

/**
 * The reader comes back to every page: the window gets focus and the page
 * becomes visible, as when switching tabs or windows.
 */
export function readerReturns() {
  window.dispatchEvent(new Event('focus'));
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Jest's fake timers for the test's duration, leaving alone what msw needs
 * to answer requests; returns how to let virtual time pass.
 */
export function useVirtualTime() {
  beforeEach(() => {
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });
  });
  afterEach(() => {
    jest.useRealTimers();
  });
}

/**
 * Lets `ms` of virtual time pass. Jest runs the timers due in between in
 * order and lets promises settle after each, and msw answers in promises,
 * so requests are answered at the virtual time they would be.
 */
export async function advance(ms: number) {
  await jest.advanceTimersByTimeAsync(ms);
}
