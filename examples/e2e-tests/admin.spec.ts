import {
  checkCatalogGroup,
  checkCoverage,
  checkViewAs,
} from '../../fixtures/adminChecks';
import { test } from './fixtures';

// The administrators' tools in the installed plugin, over the example
// app's backend and the sample catalog: a group filled from the catalog,
// and the coverage tab with "View as".

test.describe('administrators at scale', () => {
  test('entities of the catalog appear in their group for their personas', async ({
    docs,
  }) => {
    await checkCatalogGroup(docs);
  });

  test('coverage flags the missing and the stale site, and views as a platform-team member', async ({
    docs,
    page,
  }) => {
    await checkCoverage(page, docs);
    await checkViewAs(page, docs, {
      search: 'guest',
      name: 'Guest',
      persona: 'Administrator / Operator',
      reason: 'From membership in group:default/platform-team.',
    });
  });
});
