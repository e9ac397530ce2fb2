import { AppError } from '../errors/app-error';
import type { PDFEmbeddedPage, PDFPage } from 'pdf-lib';
import { drawBatchCover, type BatchCover } from './batch-cover';
import { A4, createPdfContext, savePdf, type PdfContext } from './document';
import { CONTENT_WIDTH, MARGIN, PageFlow } from './flow';
import { assertFormIds } from './form-id';
import {
  drawContinuationHeader,
  drawFillLine,
  drawFillValues,
  drawFormFooters,
  drawFormHeader,
  drawFormIdBlock,
  fillLines,
  type FillSlot,
  drawParties,
  drawSignatureLine,
  drawTickBox,
  drawTitleBlock,
} from './form-parts';
import { assertPrintable } from './printable-names';
import { signerLayout, type SignerLayout } from './signer';
import type { ConsentTemplate, FormTemplateItem } from './template';
import { wrapText } from './text-wrap';
import type { ConsentFormEntry, FormInstitution, PdfFonts } from './types';

export type RenderConsentFormsInput = {
  template: ConsentTemplate;
  institution: FormInstitution;
  /** One form per entry, in order; a group batch is one PDF. */
  entries: readonly ConsentFormEntry[];
  fonts: PdfFonts;
  /** ISO date (or DD.MM.YYYY) printed in the footer; omitted when absent. */
  generatedOn?: string;
  /** A group's batch starts with a cover page naming the group and the number of forms. */
  cover?: BatchCover;
};

const CHOICE_COLUMN = 100;
const ITEM_SIZE = 11;
const ITEM_LINE = 15;

/** One consent item: the two tick boxes beside the template's original wording. */
const drawItem = (flow: PageFlow, template: ConsentTemplate, item: FormTemplateItem) => {
  const { ctx } = flow;
  const textX = MARGIN.left + CHOICE_COLUMN;
  const lines = wrapText(item.text, {
    font: ctx.regular,
    size: ITEM_SIZE,
    width: CONTENT_WIDTH - CHOICE_COLUMN,
  });
  const height = Math.max(lines.length * ITEM_LINE, 36);
  flow.ensure(height);
  const top = flow.y;
  const box = 10;
  [template.choices.yes, template.choices.no].forEach((label, index) => {
    const rowTop = top - index * 18;
    drawTickBox(flow.page, MARGIN.left, rowTop - box - 1, box, false);
    flow.line(label, MARGIN.left + box + 6, { font: ctx.regular, size: 10 }, rowTop);
  });
  lines.forEach((line, index) => {
    flow.line(line, textX, { font: ctx.regular, size: ITEM_SIZE }, top - index * ITEM_LINE);
  });
  flow.y = top - height;
  flow.gap(14);
};

type CachedBody = { body: PDFEmbeddedPage; slots: FillSlot[][] };

/** Everything on a form that does not depend on the entry, laid out for given name line counts. */
const drawBody = (
  flow: PageFlow,
  input: RenderConsentFormsInput,
  layout: SignerLayout,
  lineCounts: readonly number[],
): FillSlot[][] => {
  const { template, institution } = input;
  const { ctx } = flow;
  drawFormHeader(flow, template, institution);
  drawTitleBlock(flow, template, template.purpose);
  const slots = layout.lines.map(({ line }, index) =>
    drawFillLine(flow, line.prefix, lineCounts[index] ?? 1, line.caption),
  );
  flow.gap(4);
  for (const item of template.items) drawItem(flow, template, item);
  flow.gap(4);
  flow.paragraph(template.statement, { font: ctx.regular, size: 10.5, lineHeight: 14.5 });
  flow.gap(16);
  drawParties(flow, template, institution, true);
  drawSignatureLine(flow, layout.signatureCaption);
  return slots;
};

/**
 * One form. The body (all wording, lines and boxes) is drawn once per layout into a Form
 * XObject and placed on every page of the batch; only the form ID, its QR code, the names and
 * the footer are drawn per form. A form whose body overflows one page is drawn directly.
 */
const drawConsentForm = async (
  ctx: PdfContext,
  input: RenderConsentFormsInput,
  entry: ConsentFormEntry,
  cache: Map<string, CachedBody>,
): Promise<void> => {
  const { template } = input;
  const layout = signerLayout(template, entry);
  const values = layout.lines.map(({ line, value }) => fillLines(ctx, line.prefix, value));
  const key = `${layout.signer}:${values.map((v) => v.length).join(':')}`;
  let cached = cache.get(key);
  let pages: PDFPage[];
  let slots: FillSlot[][];
  if (cached) {
    const page = ctx.doc.addPage([A4.width, A4.height]);
    page.drawPage(cached.body, { x: 0, y: 0 });
    pages = [page];
    slots = cached.slots;
  } else {
    const flow = new PageFlow(ctx, (next) => {
      drawContinuationHeader(next, template, entry.formId);
    });
    slots = drawBody(
      flow,
      input,
      layout,
      values.map((v) => v.length),
    );
    pages = flow.pages;
    if (pages.length === 1) {
      // The scratch page becomes the shared body; this form gets a fresh page showing it.
      cached = { body: await ctx.doc.embedPage(flow.page), slots };
      cache.set(key, cached);
      ctx.doc.removePage(ctx.doc.getPageCount() - 1);
      const page = ctx.doc.addPage([A4.width, A4.height]);
      page.drawPage(cached.body, { x: 0, y: 0 });
      pages = [page];
    }
  }
  const [first] = pages;
  if (first) drawFormIdBlock(ctx, first, entry.formId);
  slots.forEach((slot, index) => {
    drawFillValues(ctx, pages, slot, values[index] ?? []);
  });
  drawFormFooters(ctx, pages, template, entry.formId, input.generatedOn);
};

/**
 * Renders consent forms (one per entry, each starting on a new page) into one A4 PDF with the
 * fonts embedded and subset once. Blank or prefilled, depending on the entries' names.
 */
export const renderConsentForms = async (input: RenderConsentFormsInput): Promise<Uint8Array> => {
  if (input.entries.length === 0) throw new AppError('validation', 'errors.pdf.noEntries');
  assertFormIds(input.entries);
  const ctx = await createPdfContext(input.fonts, {
    title: input.template.formLabel,
    language: input.template.language,
    ...(input.generatedOn ? { createdOn: input.generatedOn } : {}),
  });
  assertPrintable(
    ctx,
    input.entries.flatMap((e, index) => [
      { field: 'childName', index, ...(e.childName === undefined ? {} : { text: e.childName }) },
      {
        field: 'representativeName',
        index,
        ...(e.representativeName === undefined ? {} : { text: e.representativeName }),
      },
    ]),
  );
  if (input.cover) drawBatchCover(ctx, input.template, input.cover, input.generatedOn);
  const cache = new Map<string, CachedBody>();
  for (const entry of input.entries) await drawConsentForm(ctx, input, entry, cache);
  return savePdf(ctx);
};
