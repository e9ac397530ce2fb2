// Page model: "Nodot arhīvam" on "Dzēšamie" (#/erasures, issue 9 item 7), and the journey that
// makes a leaver to hand over: a child in a group with a signed consent form and its scan, who
// then leaves.
import { expect, type Locator, type Page } from '@playwright/test';
import { ConsentsOverviewModel, FormsPageModel } from './consents-pages';
import { GroupsPageModel } from './records-groups';
import { SubjectsListModel } from './records-subjects';

/** A PNG signature followed by `marker` in a text chunk: a scan whose bytes can be searched. */
export const scanPng = (marker: string): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`tEXt${marker}`, 'latin1'),
  ]);

export type Leaver = {
  readonly given: string;
  readonly family: string;
  /** The mother: given names, family name, phone. */
  readonly mother: readonly [string, string, string];
  /** The signed form's scan (a PNG's bytes). */
  readonly scan: Buffer;
};

/** A child in the group "Pūcītes" with a signed consent form and its scan, who then leaves. */
export const makeLeaver = async (page: Page, leaver: Leaver): Promise<void> => {
  const name = `${leaver.given} ${leaver.family}`;
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Pūcītes', '2021');
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': leaver.given, Uzvārds: leaver.family });
  await form.selectGroup('Pūcītes');
  const [givenNames, familyName, phone] = leaver.mother;
  await form.addRepresentative(1, { relation: 'Māte', givenNames, familyName, phone });
  await form.save();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const forms = new FormsPageModel(page);
  await forms.open();
  expect(await forms.prepareForGroup('Pūcītes', 'all')).toHaveLength(1);
  const overview = new ConsentsOverviewModel(page);
  await overview.open();
  const child = await overview.openChild(name);
  const [formId] = await child.issuedFormIds();
  await child.recordForm(formId ?? '', ['Piekrītu', 'Nepiekrītu', 'Piekrītu'], {
    name: 'skenejums.png',
    mimeType: 'image/png',
    buffer: leaver.scan,
  });
  await expect(page.getByRole('button', { name: 'Atvērt skenējumu' }).first()).toBeVisible();
  await list.open();
  await list.row(`${leaver.family}, ${leaver.given}`).click();
  await page.getByRole('button', { name: 'Atskaitīt' }).click();
  const leaving = page.getByRole('dialog', { name: 'Atskaitīt bērnu' });
  await leaving.getByRole('button', { name: 'Atskaitīt' }).click();
  await expect(page.getByText('Bērns atskaitīts; ieraksts ir arhīvā.').first()).toBeVisible();
};

export class ArchiveSectionModel {
  readonly section: Locator;
  /** The hand-over's result: file saved, the code, the act. */
  readonly result: Locator;
  /** The dialog that asks before the page is left while the act is not saved. */
  readonly leaveDialog: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Nodot arhīvam' });
    this.result = page.getByRole('region', { name: 'Arhīva fails saglabāts' });
    this.leaveDialog = page.getByRole('alertdialog', { name: 'Nodošanas akts nav saglabāts' });
  }

  /** Opens "Dzēšamie" from the navigation (no dialog expected on the way). */
  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Dzēšamie' }).click();
    await expect(this.section).toBeVisible();
  }

  /** Chooses one person (`label` as the picker shows it) and starts the hand-over. */
  async handOver(label: string): Promise<void> {
    await this.section.getByRole('combobox', { name: 'Persona' }).selectOption({ label });
    await this.section.getByRole('button', { name: 'Sagatavot arhīva failu' }).click();
  }

  /** The hand-over code shown in the result. */
  get code(): Locator {
    return this.result.getByRole('status', { name: 'Nodošanas kods' });
  }

  get saveAct(): Locator {
    return this.result.getByRole('button', { name: 'Saglabāt nodošanas aktu (PDF)' });
  }
}
