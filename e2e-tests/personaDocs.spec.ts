import { expect, expectNoAccessibilityViolations, test } from './fixtures';

const PERSONAS = [
  { id: 'user', title: 'End User' },
  { id: 'administrator', title: 'Administrator / Operator' },
  { id: 'integrator', title: 'Integrator / Builder' },
  { id: 'contributor', title: 'Contributor' },
  { id: 'business-stakeholder', title: 'Business Stakeholder' },
];

test.describe('Docs by persona', () => {
  test('first load shows the persona of the reader’s group, and why', async ({
    docs,
    page,
    saveScreenshot,
  }) => {
    await docs.open();
    await expect(docs.personaControl).toHaveText('Administrator / Operator');
    await expect(docs.reason).toHaveText(
      'From your membership in group:default/platform-team',
    );
    await expect(docs.entry('Administrator Guides')).toBeVisible();
    await expect(docs.entry('Installing and Configuring')).toBeVisible();
    await expect(docs.entry('User Guides')).toHaveCount(0);
    // The section without entries for the persona is one line, after the
    // sections that have some.
    const emptyLine = page.getByText(
      'Nothing for Administrator / Operator in Framework',
    );
    await expect(emptyLine).toBeVisible();
    await expect(docs.tree('Framework')).toHaveCount(0);
    const [lineTop, lastTreeTop] = await Promise.all([
      emptyLine.evaluate(e => e.getBoundingClientRect().top),
      docs
        .tree('Developer Portal')
        .evaluate(e => e.getBoundingClientRect().top),
    ]);
    expect(lineTop).toBeGreaterThan(lastTreeTop);
    // Nothing to reset: the group gives this persona.
    await expect(page.getByRole('button', { name: /^Reset to/ })).toHaveCount(
      0,
    );
    await saveScreenshot('persona-administrator');

    await page
      .getByRole('button', { name: 'Show for all personas in Framework' })
      .click();
    await expect(page).toHaveURL(/persona=all&section=framework/);
    await expect(docs.tree('Framework')).toBeVisible();
  });

  test('picking the persona a group gives stores it, with nothing to reset', async ({
    docs,
    page,
  }) => {
    await docs.open();
    await docs.choosePersona('Administrator / Operator');
    await expect(docs.reason).toHaveText('Chosen by you');
    await expect.poll(() => docs.storedPersona()).toBe('administrator');
    await expect(page.getByRole('button', { name: /^Reset to/ })).toHaveCount(
      0,
    );
  });

  test('fits a phone: nothing overflows at 390 px', async ({ docs, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await docs.open('?persona=all');
    await expect(docs.tree('Developer Portal')).toBeVisible();
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('choosing a persona changes the entries, and a reload keeps the choice', async ({
    docs,
    page,
    saveScreenshot,
  }) => {
    await docs.open();
    await docs.choosePersona('End User');
    await expect(docs.reason).toHaveText('Chosen by you');
    await expect(docs.entry('User Guides')).toBeVisible();
    await expect(docs.entry('Getting started with Backstage')).toBeVisible();
    await expect(docs.entry('Administrator Guides')).toHaveCount(0);
    await expect(page).toHaveURL(/persona=user/);
    await expect.poll(() => docs.storedPersona()).toBe('user');

    await page.reload();
    await expect(docs.personaControl).toHaveText('End User');
    // Without the link's persona, the stored choice still applies.
    await docs.open();
    await expect(docs.personaControl).toHaveText('End User');
    await expect(docs.reason).toHaveText('Chosen by you');

    for (const persona of PERSONAS) {
      await docs.choosePersona(persona.title);
      await saveScreenshot(`persona-${persona.id}`);
    }
    await docs.choosePersona('All personas');
    await expect(
      docs.entry('Backstage on GitHub').getByText('Contributor'),
    ).toBeVisible();
    await saveScreenshot('persona-all');

    await page
      .getByRole('button', { name: 'Reset to Administrator / Operator' })
      .click();
    await expect(docs.reason).toHaveText(
      'From your membership in group:default/platform-team',
    );
    await expect.poll(() => docs.storedPersona()).toBeUndefined();
  });

  test('a shared link shows its view and leaves the stored choice alone', async ({
    docs,
    page,
  }) => {
    await docs.open();
    await docs.choosePersona('Contributor');
    await docs.open('?persona=integrator&q=testing');
    await expect(docs.personaControl).toHaveText('Integrator / Builder');
    await expect(docs.reason).toHaveText('From the link you opened');
    await expect(docs.filterBox).toHaveValue('testing');
    await expect(docs.entry('Testing')).toBeVisible();
    await expect(docs.entry('Contributor Guides')).toHaveCount(0);
    await expect.poll(() => docs.storedPersona()).toBe('contributor');
    await page
      .getByRole('button', { name: 'Use your own (Contributor)' })
      .click();
    await expect(docs.personaControl).toHaveText('Contributor');
    await expect(docs.reason).toHaveText('Chosen by you');
  });

  test('the filter narrows and highlights as you type; clearing restores', async ({
    docs,
    page,
    saveScreenshot,
  }) => {
    await docs.open('?persona=all');
    const before = await docs.settledTitles('Developer Portal');
    await docs.filterBox.pressSequentially('catalog');
    const portal = docs.tree('Developer Portal');
    await expect(
      portal.getByRole('treeitem', { name: /^Core Plugins/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(
      portal.getByRole('treeitem', { name: /^Software Catalog/ }),
    ).toBeVisible();
    await expect(docs.entry('Logging in')).toHaveCount(0);
    const marks = page.locator('mark');
    expect(await marks.count()).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) {
      expect(text.toLowerCase()).toBe('catalog');
    }
    await expect(page).toHaveURL(/q=catalog/);
    await saveScreenshot('filter');

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect(marks).toHaveCount(0);
    expect(await docs.settledTitles('Developer Portal')).toEqual(before);
  });

  test('keyboard only: reach the tree, move, open and close, and open an entry with Enter', async ({
    docs,
    page,
  }) => {
    await docs.open('?section=developer-portal');
    // Tab from the top of the page until the tree has focus.
    await page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const role = await page.evaluate(() =>
        document.activeElement?.getAttribute('role'),
      );
      if (role === 'treeitem') break;
    }
    // The learning path comes first, open; close it to move past it.
    const first = docs.entry('Set up your first portal');
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(docs.entry('Architecture Overview')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const guides = docs.entry('Administrator Guides');
    await expect(guides).toBeFocused();
    await expect(guides).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(guides).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(guides).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('End');
    await expect(
      docs.entry('Backstage guide for developers and IT employees'),
    ).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    // Type-ahead: "s" jumps to the next visible entry starting with S.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('s');
    await expect(docs.entry('Securing')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /\/docs\/default\/component\/backstage-docs\/developer-portal\/administrator-guides\/securing\/?$/,
    );
    await expect(
      page.getByRole('heading', { name: /^Securing/ }).first(),
    ).toBeVisible();
  });

  test('a docs entry opens in the TechDocs reader; an external entry opens a new tab', async ({
    docs,
    page,
    context,
    saveScreenshot,
  }) => {
    await docs.open('?persona=administrator');
    await docs
      .entry('Installing and Configuring')
      .getByRole('link')
      .first()
      .click();
    await expect(page).toHaveURL(
      /\/docs\/default\/component\/backstage-docs\/developer-portal\/administrator-guides\/installing\/?$/,
    );
    const reader = page.getByTestId('techdocs-native-shadowroot');
    await expect(
      reader.getByRole('heading', { name: /^Database/ }),
    ).toBeVisible();
    await saveScreenshot('techdocs-reader');

    await docs.open('?persona=integrator');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      docs.entry('Backstage on GitHub').getByRole('link').click(),
    ]);
    await expect(tab).toHaveURL('https://github.com/backstage/backstage');
    expect(page.url()).toContain('/docs-by-persona');
    await tab.close();
  });

  test('an entry whose TechDocs site is missing is marked and stays listed', async ({
    docs,
  }) => {
    await docs.open('?persona=administrator&q=runbooks');
    await expect(
      docs.entry('Company runbooks').getByText('Docs not found'),
    ).toBeVisible();
  });

  test('has no WCAG 2 A or AA violations, for each persona and for all personas', async ({
    docs,
    page,
  }) => {
    for (const persona of [...PERSONAS.map(p => p.id), 'all']) {
      await docs.open(`?persona=${persona}`);
      await expect(page.getByRole('tree').first()).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }
    await docs.personaControl.click();
    await expect(page.getByRole('listbox')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
