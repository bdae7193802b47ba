import { createDevApp } from '@backstage/frontend-dev-utils';
import personaDocsPlugin from '../../src/alpha';
import { benchWorldFeatures } from './benchWorld';

// The bench app: the new frontend system dev app (as dev/index.tsx) with the
// bench catalog of 2,000 docs entities. `npm run bench` starts it with
// `--entrypoint bench/app`; its personaDocs block comes from --config.
createDevApp({
  features: [personaDocsPlugin, ...benchWorldFeatures()],
});
