// Page models of the request register (#/requests): the list, the register form, one request.
import { expect, type Locator, type Page } from '@playwright/test';

export class RequestsListModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: /^Pieprasījumi/ }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Datu subjektu pieprasījumi', level: 1 }),
    ).toBeVisible();
  }

  /** The urgency group's table, e.g. 'Nokavēti' or 'Vēlāk'. */
  group(name: string): Locator {
    return this.page.getByRole('table', { name: new RegExp(`^${name}`) });
  }

  async register(): Promise<RequestFormModel> {
    await this.page.getByRole('button', { name: 'Reģistrēt pieprasījumu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Jauns pieprasījums' })).toBeVisible();
    return new RequestFormModel(this.page);
  }

  async openRequest(number: string): Promise<RequestPageModel> {
    await this.page.getByRole('link', { name: number, exact: true }).click();
    await expect(
      this.page.getByRole('heading', { name: new RegExp(`Nr\\. ${number}`) }),
    ).toBeVisible();
    return new RequestPageModel(this.page);
  }
}

export class RequestFormModel {
  constructor(private readonly page: Page) {}

  async type(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Pieprasījuma veids' }).selectOption({ label });
  }

  async channel(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Kā saņemts' }).selectOption({ label });
  }

  async received(date: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Saņemšanas datums (DD.MM.GGGG)' }).fill(date);
  }

  async aboutChild(search: string, name: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: 'Bērns vai klients' });
    await box.click();
    await box.pressSequentially(search);
    await this.page.getByRole('option', { name }).click();
  }

  async aboutSomeoneNotInRegister(description: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Persona nav reģistrā' }).check();
    await this.page
      .getByRole('textbox', { name: 'Personas apraksts (vārds, uzvārds, kas zināms)' })
      .fill(description);
  }

  async requester(representative: string): Promise<void> {
    await this.page
      .getByRole('combobox', { name: 'Pārstāvis no reģistra' })
      .selectOption({ label: representative });
  }

  async identityNote(note: string): Promise<void> {
    await this.page
      .getByRole('textbox', { name: 'Piezīme (piemēram, dokumenta veids)' })
      .fill(note);
  }

  async details(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Ko persona lūdz' }).fill(text);
  }

  /** Saves and returns the register number from the request page's heading. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: 'Reģistrēt', exact: true }).click();
    const heading = this.page.getByRole('heading', { level: 1, name: /^Pieprasījums Nr\./ });
    await expect(heading).toBeVisible();
    return /Nr\. (\d{4}\/\d+)/.exec(await heading.innerText())?.[1] ?? '';
  }

  /** The message shown on a field after a refused save. */
  fieldMessage(text: string): Locator {
    return this.page.getByText(text);
  }
}

export class RequestPageModel {
  constructor(private readonly page: Page) {}

  get facts(): Locator {
    return this.page.locator('dl').first();
  }

  fact(label: string): Locator {
    return this.facts.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  /** Opens a decision dialog, fills its text (if any) and date, saves. */
  async decide(
    action: string,
    fields: { text?: string; on?: string; months?: string } = {},
  ): Promise<Locator> {
    await this.page.getByRole('button', { name: action, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    if (fields.months)
      await dialog
        .getByRole('combobox', { name: 'Pagarināt par' })
        .selectOption({ label: fields.months });
    if (fields.text !== undefined) await dialog.getByRole('textbox').first().fill(fields.text);
    if (fields.on !== undefined)
      await dialog.getByRole('textbox', { name: 'Datums (DD.MM.GGGG)' }).fill(fields.on);
    return dialog;
  }

  async saveDialog(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Saglabāt' }).click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  printButton(document: string): Locator {
    return this.page.getByRole('button', { name: `Drukāt: ${document}` });
  }
}
