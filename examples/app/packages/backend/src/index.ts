/*
 * The example backend: create-app's backend at Backstage 1.57, with the
 * plugins the persona docs plugin works with.
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

// Serves the built frontend (packages/app, or packages/app-legacy when
// app.packageName says so) with the frontend config injected.
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

// user settings (where the reader's persona and progress are stored) and
// signals, which tell the reader's other tabs of a change
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// The events bus: with several replicas on one PostgreSQL database, it
// carries events, and so signals, from the replica that published them to
// the replicas the reader's tabs are connected to.
backend.add(import('@backstage/plugin-events-backend'));

backend.start();
