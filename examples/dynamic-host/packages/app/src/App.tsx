import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';
import { personaProbePlugin } from './modules/personaProbe';
import { dynamicFeatures } from './dynamicPlugins/dynamicFeatures';

export default createApp({
  features: [catalogPlugin, navModule, personaProbePlugin, dynamicFeatures],
});
