/*
 * The dynamic host's backend: create-app's backend at Backstage 1.57, with
 * the plugins the persona docs plugin works with, and dynamic plugins: it
 * serves every frontend plugin it finds in dynamic-plugins-root/ (the
 * `dynamicPlugins.rootDirectory` of app-config.yaml) as a module-federation
 * remote, at /.backstage/dynamic-features/remotes, which the app asks at
 * startup.
 */

import { createBackend } from '@backstage/backend-defaults';
import { dynamicPluginsFeatureLoader } from '@backstage/backend-dynamic-feature-service';
import { declaredFeaturesOnly } from './declaredFeaturesOnly';

const backend = createBackend();

// Dynamic plugins, and the rule Red Hat Developer Hub applies to them.
backend.add(dynamicPluginsFeatureLoader);
backend.add(declaredFeaturesOnly);

// Serves the built frontend (packages/app) with the frontend config
// injected; with dynamic plugins, their config schemas join the app's.
backend.add(import('@backstage/plugin-app-backend'));

// auth plugin, with the guest provider
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// search plugin, with the default (Lunr) engine
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// user settings (where the reader's persona is stored) and signals
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
