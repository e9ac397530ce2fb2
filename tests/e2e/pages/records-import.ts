// Page model: the import wizard (#/subjects/import).
import { expect, type Page } from '@playwright/test';

export class ImportWizardModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Importēt sarakstu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Saraksta imports' })).toBeVisible();
  }

  async chooseFile(path: string): Promise<void> {
    await this.page.getByLabel('Fails', { exact: true }).setInputFiles(path);
    await expect(this.page.getByRole('heading', { name: 'Kuras kolonnas ko satur' })).toBeVisible();
  }

  /** A file the import refuses: the alert says why. */
  async chooseRefusedFile(path: string): Promise<void> {
    await this.page.getByLabel('Fails', { exact: true }).setInputFiles(path);
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  async chooseDateOrder(label: RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  get dateQuestion() {
    return this.page.getByRole('heading', { name: 'Kā šajā failā rakstīti datumi?' });
  }

  get checkRowsButton() {
    return this.page.getByRole('button', { name: 'Pārbaudīt rindas' });
  }

  refusedRow(rowNumber: number) {
    return this.page
      .getByRole('table', { name: 'Neimportētās rindas' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(rowNumber), exact: true }) });
  }

  async importNothing(): Promise<void> {
    await this.page.getByRole('button', { name: 'Neimportēt neko' }).click();
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
