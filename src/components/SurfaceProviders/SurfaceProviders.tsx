import { ReactNode } from 'react';
import { LegacyRouting } from '../../routing/LegacyRouting';
import { NewSystemRouting } from '../../routing/NewSystemRouting';
import { DocsSiteInfoProvider } from '../../techdocs/DocsSiteInfoContext';

/**
 * What every surface of the plugin (home card, reader addon, entity card,
 * settings) renders inside: the app's route bindings for its frontend
 * system, and a TechDocs answer cache of its own.
 */
export function SurfaceProviders(props: {
  system: 'new' | 'legacy';
  children: ReactNode;
}) {
  const Routing = props.system === 'legacy' ? LegacyRouting : NewSystemRouting;
  return (
    <Routing>
      <DocsSiteInfoProvider>{props.children}</DocsSiteInfoProvider>
    </Routing>
  );
}
