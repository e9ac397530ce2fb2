// Page models: Bērni list (#/subjects), the child page and the child form.
import { expect, type Locator, type Page } from '@playwright/test';

export type RepresentativeInput = {
  readonly relation: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly phone?: string;
  readonly email?: string;
};

export class SubjectsListModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Bērni' }).click();
    await expect(this.page.getByRole('heading', { name: 'Bērni', level: 1 })).toBeVisible();
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Bērni' });
  }

  row(text: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
  }

  /** Adds each child (given name, family name) to `group`, back on the list after each. */
  async addChildrenTo(group: string, children: readonly (readonly [string, string])[]) {
    await this.open();
    for (const [given, family] of children) {
      const form = await this.addChild();
      await form.fill({ 'Vārds (vārdi)': given, Uzvārds: family });
      await form.selectGroup(group);
      await form.save();
      await expect(
        this.page.getByRole('heading', { name: `${given} ${family}`, level: 1 }),
      ).toBeVisible();
      await this.open();
    }
  }

  async addChild(): Promise<SubjectFormModel> {
    await this.page.getByRole('button', { name: 'Pievienot bērnu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Pievienot bērnu' })).toBeVisible();
    return new SubjectFormModel(this.page);
  }
}

export class SubjectFormModel {
  constructor(private readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  select(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  async fill(values: Readonly<Record<string, string>>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  async selectGroup(name: string): Promise<void> {
    await this.select('Grupa').selectOption({ label: name });
  }

  async addRepresentative(n: number, rep: RepresentativeInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Pievienot jaunu pārstāvi' }).click();
    await this.select(`Radniecība (pārstāvis ${n})`).selectOption({ label: rep.relation });
    await this.field(`Vārds (pārstāvis ${n})`).fill(rep.givenNames);
    await this.field(`Uzvārds (pārstāvis ${n})`).fill(rep.familyName);
    if (rep.phone) await this.field(`Tālrunis (pārstāvis ${n})`).fill(rep.phone);
    if (rep.email) await this.field(`E-pasts (pārstāvis ${n})`).fill(rep.email);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Saglabāt' }).click();
  }
}
