import { Link } from '@backstage/core-components';
import { FrontendFeature, PageBlueprint } from '@backstage/frontend-plugin-api';
import { techDocsDevWorldFeatures } from '../../dev/newSystemDevApp';
import { FixtureTechDocsApi } from '../../dev/techdocs/FixtureTechDocsApi';
import {
  fixtureCatalogEntities,
  guestUser,
  platformTeam,
} from '../../dev/techdocs/catalog';
import { fixtureSites } from '../../dev/techdocs/sites';
import { BenchTechDocsApi } from './BenchTechDocsApi';
import { BENCH_START_PATH } from './benchPaths';
import { CountingTechDocsApi } from './CountingTechDocsApi';
import { benchDocsEntities } from './benchEntities';

// The catalog holds exactly the bench docs entities, plus the dev user and
// its group so that "Owned" and the owner column resolve; the fixture sites
// of the dev app are left out so the TechDocs index lists 2,000 sites.
const docsEntities = benchDocsEntities();

/** A plain page with links to both measured pages, for in-app navigation. */
function BenchStartPage() {
  return (
    <nav>
      <Link id="bench-to-persona-docs" to="/docs-by-persona?persona=all">
        Docs by persona
      </Link>{' '}
      <Link id="bench-to-techdocs" to="/docs">
        TechDocs index
      </Link>
    </nav>
  );
}

/**
 * The features of the bench app: the dev app's backend-free TechDocs world,
 * with a catalog of 2,000 generated docs entities that the TechDocs index
 * page (`/docs`) lists, TechDocs metadata for them that the persona page
 * looks up, a record of those lookups in `window.__techdocsCalls`, and a
 * start page for in-app navigations.
 */
export function benchWorldFeatures(): FrontendFeature[] {
  return techDocsDevWorldFeatures({
    createTechDocsApi: () =>
      new CountingTechDocsApi(
        new BenchTechDocsApi(
          docsEntities,
          new FixtureTechDocsApi({
            sites: fixtureSites,
            entities: fixtureCatalogEntities,
          }),
        ),
      ),
    catalogEntities: [...docsEntities, platformTeam, guestUser],
    extensions: [
      PageBlueprint.make({
        name: 'bench-start',
        params: {
          path: BENCH_START_PATH,
          loader: async () => <BenchStartPage />,
        },
      }),
    ],
  });
}
