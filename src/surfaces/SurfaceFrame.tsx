import { ComponentType, createContext, ReactNode, useContext } from 'react';
import { LegacyRouting } from '../routing/LegacyRouting';
import { NewSystemRouting } from '../routing/NewSystemRouting';
import { PersonaDocsStoreProvider } from '../store/PersonaDocsStoreProvider';
import { DocsSiteInfoProvider } from '../techdocs/DocsSiteInfoContext';
import type { FrontendSystem } from './loadSurface';

const SystemContext = createContext<FrontendSystem>('new');

/**
 * What every surface renders inside, in both frontend systems: the app's
 * route bindings for its system, the app's persona docs store, and a
 * TechDocs answer cache of its own.
 */
export function SurfaceFrame(props: {
  system: FrontendSystem;
  children: ReactNode;
}) {
  const Routing = props.system === 'legacy' ? LegacyRouting : NewSystemRouting;
  return (
    <SystemContext.Provider value={props.system}>
      <Routing>
        <PersonaDocsStoreProvider>
          <DocsSiteInfoProvider>{props.children}</DocsSiteInfoProvider>
        </PersonaDocsStoreProvider>
      </Routing>
    </SystemContext.Provider>
  );
}

/**
 * The frontend system a surface renders in, for the one difference a body
 * may have: legacy pages draw their own header.
 */
export function useFrontendSystem(): FrontendSystem {
  return useContext(SystemContext);
}

/** A surface's body in its frame: what both systems' extensions render. */
export function framed<P extends object>(
  system: FrontendSystem,
  Body: ComponentType<P>,
): (props?: P) => JSX.Element {
  return (props?: P) => (
    <SurfaceFrame system={system}>
      <Body {...(props ?? ({} as P))} />
    </SurfaceFrame>
  );
}
