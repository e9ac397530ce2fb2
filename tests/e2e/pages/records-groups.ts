// Page model: Grupas (#/groups).
import { expect, type Page } from '@playwright/test';

export class GroupsPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Grupas' }).click();
    await expect(this.page.getByRole('heading', { name: 'Grupas', level: 1 })).toBeVisible();
  }

  async add(name: string, yearBand: string, teachers: readonly string[] = []): Promise<void> {
    await this.page.getByRole('button', { name: 'Pievienot grupu' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Grupas nosaukums' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Dzimšanas gads vai vecuma grupa' }).fill(yearBand);
    for (const teacher of teachers) await dialog.getByRole('checkbox', { name: teacher }).check();
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  async setTeachers(group: string, teachers: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: `Labot grupu ${group}` }).click();
    const dialog = this.page.getByRole('dialog');
    for (const teacher of teachers) await dialog.getByRole('checkbox', { name: teacher }).check();
    await dialog.getByRole('button', { name: 'Saglabāt' }).click();
    await expect(dialog).toBeHidden();
  }
}
