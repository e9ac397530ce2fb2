// Page model: Veidlapu teksti un apstrādes mērķi (#/forms/templates).
import { expect, type Locator, type Page } from '@playwright/test';

export class TemplatesPageModel {
  constructor(private readonly page: Page) {}

  /** From the Forms section, through its button (head only). */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Veidlapas' }).click();
    await this.page.getByRole('button', { name: 'Veidlapu teksti un mērķi' }).click();
    await expect(this.heading).toBeVisible();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Veidlapu teksti un apstrādes mērķi', level: 1 });
  }

  get versionsTable(): Locator {
    return this.page.getByRole('table', { name: 'Veidlapu teksti' });
  }

  versionRow(id: string, version: number): Locator {
    return this.versionsTable
      .getByRole('row')
      .filter({ hasText: id })
      .filter({
        has: this.page.getByRole('cell', { name: String(version), exact: true }),
      });
  }

  async openVersion(label: string, id: string, version: number): Promise<void> {
    await this.page
      .getByRole('button', { name: `Atvērt ${label} (${id}), versija ${String(version)}` })
      .click();
    await expect(
      this.page.getByRole('heading', { name: `${label} (${id}), versija ${String(version)}` }),
    ).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  get purposesTable(): Locator {
    return this.page.getByRole('table', { name: 'Apstrādes mērķi' });
  }

  async addPurpose(labels: { lv: string; lt?: string; en?: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Nosaukums latviski' }).fill(labels.lv);
    if (labels.lt)
      await this.page.getByRole('textbox', { name: 'Nosaukums lietuviski' }).fill(labels.lt);
    if (labels.en)
      await this.page.getByRole('textbox', { name: 'Nosaukums angliski' }).fill(labels.en);
    await this.page.getByRole('button', { name: 'Pievienot mērķi' }).click();
    await expect(this.purposesTable.getByRole('row').filter({ hasText: labels.lv })).toContainText(
      'Iestādes pievienots',
    );
  }
}
