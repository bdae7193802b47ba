import { createDevApp } from '@backstage/dev-utils';
import LibraryBooksIcon from '@material-ui/icons/LibraryBooks';
import { PersonaDocsPage } from '../src';
import { withTechDocsDevWorld } from './legacyDevApp';

// The legacy frontend system dev app. The plugin is deliberately not passed
// to registerPlugin: the dev app builder binds every external route of
// registered plugins to a placeholder page, which would hide the default
// binding of viewTechDoc to TechDocs' docRoot that real apps get. The page
// element still brings the plugin, and with it the persona API.
withTechDocsDevWorld(
  createDevApp().addPage({
    path: '/docs-by-persona',
    title: 'Docs by persona',
    icon: LibraryBooksIcon,
    element: <PersonaDocsPage />,
  }),
).render();
