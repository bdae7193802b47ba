import { expectMistakesListed } from '../fixtures/configMistakes';
import { expectNoAccessibilityViolations, test } from './fixtures';

test.use({ adminConfig: 'app-config.with-mistakes.yaml', portOffset: 10 });

test('a config with mistakes lists them in one panel and shows the valid rest', async ({
  docs,
  page,
  saveScreenshot,
}) => {
  await expectMistakesListed(page, docs);
  await saveScreenshot('config-problems');
  await expectNoAccessibilityViolations(page);
});
