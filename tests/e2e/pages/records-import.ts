// Page model: the import wizard (#/subjects/import).
import { expect, type Page } from '@playwright/test';

export class ImportWizardModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Importēt sarakstu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Saraksta imports' })).toBeVisible();
  }

  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('Fails').setInputFiles(path);
    await expect(this.page.getByRole('heading', { name: 'Kuras kolonnas ko satur' })).toBeVisible();
  }

  async checkRows(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pārbaudīt rindas' }).click();
    await expect(this.page.getByRole('heading', { name: 'Rindu pārbaude' })).toBeVisible();
  }

  previewRow(rowNumber: number) {
    return this.page
      .getByRole('table', { name: 'Rindu pārbaude' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  async importValid(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Importēt ${count} derīg` }).click();
    await expect(this.page.getByRole('heading', { name: 'Imports pabeigts' })).toBeVisible({
      timeout: 60_000,
    });
  }
}
