/*
 * The new frontend system dev app: a Backstage app as create-app generates
 * one, with the persona docs plugin from this repository's source next to
 * the core plugins it works with, talking to the dev backend (dev/backend)
 * that `npm start` runs beside it.
 */
import { createApp } from '@backstage/frontend-defaults';
import appModuleUserSettings from '@backstage/plugin-app-module-user-settings';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import homePlugin from '@backstage/plugin-home/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import techdocsPlugin from '@backstage/plugin-techdocs/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import ReactDOM from 'react-dom/client';
// This dev app is an app: core plugins draw parts of their pages with
// Backstage UI, whose styles an app loads once.
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import personaDocsPlugin from '../src/alpha';

const app = createApp({
  features: [
    personaDocsPlugin,
    catalogPlugin,
    techdocsPlugin,
    homePlugin,
    searchPlugin,
    userSettingsPlugin,
    // User settings storage listens to the signals plugin for changes made
    // in other tabs and devices.
    signalsPlugin,
    // Stores settings (the reader's persona among them) through the
    // user-settings backend rather than the browser's local storage.
    appModuleUserSettings,
  ],
});

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
