// Page models: Piekrišanas (#/consents, #/consents/<id>) and Veidlapas (#/forms).
import { expect, type Locator, type Page } from '@playwright/test';

/** The in-app PDF viewer (browser host): a dialog with the PDF in a frame. */
export const pdfViewer = (page: Page): { frame: Locator; dialog: Locator } => {
  const frame = page.getByTestId('pdf-viewer-frame');
  return { frame, dialog: page.getByRole('dialog').filter({ has: frame }) };
};

/**
 * Clicks a control that prints through the browser host (the PDF opens in the app's own viewer
 * as a blob URL), returns the PDF's bytes read back from that URL, and closes the viewer.
 */
export const capturePrintedPdf = async (
  page: Page,
  click: () => Promise<void>,
): Promise<Buffer> => {
  await click();
  const { frame, dialog } = pdfViewer(page);
  await expect(frame).toHaveAttribute('src', /^blob:/, { timeout: 60_000 });
  const url = (await frame.getAttribute('src')) ?? '';
  const bytes = await page.evaluate(
    async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())),
    url,
  );
  const title = (await dialog.getAttribute('aria-label')) ?? '';
  await dialog.getByRole('button', { name: 'Aizvērt' }).click();
  await expect(frame).toHaveCount(0);
  // The frame goes at once, the viewer's surface (with its own "Aizvērt") only after its closing
  // animation: wait for it, or a dialog underneath finds two "Aizvērt" buttons.
  await expect(page.getByRole('dialog', { name: title, exact: true })).toHaveCount(0);
  return Buffer.from(bytes);
};

export class FormsPageModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Veidlapas' }).click();
    await expect(this.page.getByRole('heading', { name: 'Veidlapas', level: 1 })).toBeVisible();
  }

  /**
   * Prepares a group's forms. When forms of the same version are still out, the app warns
   * (issue 14, defect 5); `anyway` then prepares new ones regardless.
   */
  async prepareForGroup(
    group: string,
    representatives: 'first' | 'all',
    anyway = false,
  ): Promise<string[]> {
    await this.page.getByRole('radio', { name: 'Visai grupai' }).check();
    await this.page.getByLabel('Grupa', { exact: true }).selectOption({ label: group });
    await this.page
      .getByRole('radio', {
        name:
          representatives === 'all'
            ? 'Atsevišķa veidlapa katram likumiskajam pārstāvim'
            : 'Viena veidlapa katram bērnam (pirmais likumiskais pārstāvis)',
      })
      .check();
    await this.page.getByRole('button', { name: 'Sagatavot' }).click();
    if (anyway) {
      await this.page
        .getByRole('alertdialog')
        .getByRole('button', { name: 'Tomēr sagatavot jaunas' })
        .click();
    }
    const status = this.page.getByRole('status').filter({ hasText: /Sagatavotas? \d+ veidlap/ });
    await expect(status).toBeVisible({ timeout: 60_000 });
    const text = await status.innerText();
    return [...text.matchAll(/F-[0-9A-Z]{4}-[0-9A-Z]{4}/g)].map((m) => m[0]);
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: 'Drukāt', exact: true });
  }
}

export class ChildConsentsModel {
  constructor(private readonly page: Page) {}

  /** The printed ids of the forms issued for this child, as listed on the page. */
  async issuedFormIds(): Promise<string[]> {
    const text = await this.page.getByRole('region', { name: 'Izsniegtās veidlapas' }).innerText();
    return [...text.matchAll(/F-[0-9A-Z]{4}-[0-9A-Z]{4}/g)].map((m) => m[0]);
  }

  purpose(label: string | RegExp): Locator {
    return this.page.getByRole('group', { name: label });
  }

  async recordForm(
    formId: string,
    answers: readonly ('Piekrītu' | 'Nepiekrītu')[],
    scan?: { name: string; mimeType: string; buffer: Buffer },
    representative?: string,
    signedBy?: string,
  ): Promise<void> {
    await this.page
      .getByRole('listitem')
      .filter({ hasText: formId })
      .getByRole('button', { name: 'Reģistrēt atgriezto veidlapu' })
      .click();
    const dialog = this.page.getByRole('dialog');
    await expect(
      dialog.getByRole('heading', { name: new RegExp(`Veidlapa ${formId}`) }),
    ).toBeVisible();
    const groups = dialog.getByRole('radiogroup');
    // radiogroup 0 is the representative; then one per item.
    if (representative)
      await groups.first().getByRole('radio', { name: representative, exact: true }).check();
    for (const [index, answer] of answers.entries()) {
      await groups
        .nth(index + 1)
        .getByRole('radio', { name: answer, exact: true })
        .check();
    }
    if (signedBy) await dialog.getByLabel('Piezīme par parakstītāju (nav obligāta)').fill(signedBy);
    if (scan) await dialog.getByLabel(/Skenējums/).setInputFiles(scan);
    await dialog.getByRole('button', { name: 'Saglabāt atbildes' }).click();
    await expect(dialog).toBeHidden();
  }

  async withdraw(purposeLabel: string, on: string): Promise<void> {
    await this.page.getByRole('button', { name: `Atsaukt: ${purposeLabel}` }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Atsaukuma saņemšanas datums (DD.MM.GGGG)').fill(on);
    await dialog.getByLabel('Kā atsaukums saņemts').selectOption({ label: 'Klātienē' });
    await dialog.getByRole('button', { name: 'Reģistrēt atsaukumu' }).click();
    await expect(dialog.getByRole('button', { name: 'Reģistrēt atsaukumu' })).toBeHidden();
  }
}

export class ConsentsOverviewModel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Piekrišanas' }).click();
    await expect(this.page.getByRole('heading', { name: 'Piekrišanas', level: 1 })).toBeVisible();
  }

  get matrix(): Locator {
    return this.page.getByRole('table').filter({ has: this.page.locator('caption') });
  }

  row(name: string): Locator {
    return this.matrix.getByRole('row').filter({ hasText: name });
  }

  async openChild(name: string): Promise<ChildConsentsModel> {
    await this.row(name).getByText(name).click();
    await expect(
      this.page.getByRole('heading', { name: `Piekrišanas: ${name}`, level: 1 }),
    ).toBeVisible();
    return new ChildConsentsModel(this.page);
  }
}
