import { expect, Locator, Page } from '@playwright/test';

/**
 * What a reader does on the "Docs by persona" page, in the words of the page:
 * the control names, roles and texts a person sees.
 */
export class PersonaDocsPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/docs-by-persona${query}`);
    await expect(this.personaControl).toBeVisible();
  }

  get personaControl(): Locator {
    return this.page.getByRole('combobox', { name: 'Persona' });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search docs' });
  }

  get reason(): Locator {
    return this.page.locator('#persona-docs-reason');
  }

  tree(section: string): Locator {
    return this.page.getByRole('tree', { name: `${section} docs` });
  }

  /**
   * The tree item with this title. Its accessible name is its own row (the
   * browser leaves nested items out): the title, then any hint, status,
   * badges and description.
   */
  entry(title: string): Locator {
    return this.page.getByRole('treeitem', {
      name: new RegExp(`^${escape(title)}(?![\\w-])`),
    });
  }

  /** Opens the page from the app's navigation, as a reader would. */
  async openFromNavigation() {
    await this.page
      .getByRole('link', { name: /Docs by persona/ })
      .first()
      .click();
    await expect(this.personaControl).toBeVisible();
  }

  /** The titles of a section's entries, in order, as shown. */
  async titles(section: string): Promise<string[]> {
    return this.tree(section)
      .getByRole('treeitem')
      .evaluateAll(items =>
        items.map(
          item =>
            item
              .querySelector('[data-persona-docs-entry-link], span')
              ?.textContent?.replace(', Opens in a new window', '') ?? '',
        ),
      );
  }

  async choosePersona(title: string) {
    await this.personaControl.click();
    await this.page
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(`^${escape(title)}`) })
      .click();
    await expect(this.personaControl).toHaveText(title);
    // The menu fades out; wait, so nothing below it is covered.
    await expect(this.page.locator('.MuiPopover-root')).toHaveCount(0);
  }

  /** The persona choice the page stored for this browser. */
  async storedPersona(): Promise<unknown> {
    return this.page.evaluate(() => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (key.endsWith('persona-docs/selectedPersona')) {
          return JSON.parse(localStorage.getItem(key)!);
        }
      }
      return undefined;
    });
  }
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
