import { expectMistakesListed } from '../../fixtures/configMistakes';
import { expectNoAccessibilityViolations, test } from './fixtures';

// The example's backend, in production mode, with a personaDocs block full of
// mistakes: it starts and serves the app (a schema error would stop it and
// answer 503), and the page lists each mistake with its key path.
test('a config full of mistakes starts the backend and lists every mistake on the page', async ({
  docs,
  page,
}) => {
  await expectMistakesListed(page, docs);
  await expectNoAccessibilityViolations(page);
});
