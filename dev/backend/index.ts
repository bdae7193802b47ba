/*
 * The backend of the dev portal: the Backstage services the persona docs
 * plugin works with in a real portal, started from this repository's own
 * dependencies by `npm start` (see scripts/start-dev-app.mjs).
 *
 * - catalog: the sample entities of samples/catalog and samples/sites;
 * - techdocs: the sample sites published in samples/techdocs;
 * - user-settings (with signals, which tells other tabs of a change): where
 *   the reader's persona is stored;
 * - auth with the guest provider, signed in as user:default/guest;
 * - search, with the TechDocs collator over the sample sites.
 *
 * Run it with `node --require @backstage/cli-node/config/nodeTransform.cjs
 * dev/backend/index.ts --config app-config.yaml`, as `backstage-cli package
 * start` runs a backend package.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-techdocs-backend'));
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));
backend.start();
