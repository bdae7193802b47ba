import { ComponentType } from 'react';
import {
  DocsForYouCard,
  DocsForYouCardProps,
} from '../components/DocsForYouCard';
import { EntityPersonaDocsCard } from '../components/EntityPersonaDocsCard';
import { PersonaDocsAddon } from '../components/PersonaDocsAddon';
import { PersonaSettings } from '../components/PersonaSettings';
import { SurfaceProviders } from '../components/SurfaceProviders';

type System = 'new' | 'legacy';

/** The plugin's surfaces beyond its page, ready for one frontend system. */
interface Surfaces {
  HomeCard: Surface<DocsForYouCardProps>;
  TechDocsAddon: Surface<{}>;
  EntityCard: Surface<{}>;
  Settings: Surface<{}>;
}

/** Function components, as both systems' extension creators ask for. */
type Surface<P> = (props?: P) => JSX.Element;

const cache = new Map<System, Surfaces>();

function wrap<P extends object>(
  system: System,
  Body: ComponentType<P>,
): Surface<P> {
  return (props?: P) => (
    <SurfaceProviders system={system}>
      <Body {...(props ?? ({} as P))} />
    </SurfaceProviders>
  );
}

/**
 * The plugin's surfaces beyond its page, each wrapped for one frontend
 * system. Both systems' wiring (alpha.tsx, plugin.ts) loads this module
 * lazily, when a surface first renders, and takes the same bodies from it.
 * The same components every time, so React keeps their state.
 */
export function surfacesFor(system: System): Surfaces {
  let surfaces = cache.get(system);
  if (!surfaces) {
    surfaces = {
      HomeCard: wrap(system, DocsForYouCard),
      TechDocsAddon: wrap(system, PersonaDocsAddon),
      EntityCard: wrap(system, EntityPersonaDocsCard),
      Settings: wrap(system, PersonaSettings),
    };
    cache.set(system, surfaces);
  }
  return surfaces;
}
