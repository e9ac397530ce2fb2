import { AppError } from '../errors/app-error';
import { createPdfContext, savePdf } from './document';
import { assertPrintable } from './printable-names';
import { signerLayout } from './signer';
import { CONTENT_WIDTH, MARGIN, PageFlow } from './flow';
import { assertFormIds, isFormId } from './form-id';
import {
  drawContinuationHeader,
  drawFillLine,
  drawFillValues,
  drawFormFooters,
  drawFormHeader,
  drawFormIdBlock,
  fillLines,
  drawParties,
  drawSignatureLine,
  drawTickBox,
  drawTitleBlock,
} from './form-parts';
import type { FormTemplateItem, WithdrawalTemplate } from './template';
import { wrapText } from './text-wrap';
import type { FormInstitution, PdfFonts, WithdrawalFormEntry } from './types';

export type RenderWithdrawalFormInput = {
  template: WithdrawalTemplate;
  institution: FormInstitution;
  entry: WithdrawalFormEntry;
  fonts: PdfFonts;
  generatedOn?: string;
};

const BOX_COLUMN = 24;

const drawWithdrawnItem = (flow: PageFlow, item: FormTemplateItem, ticked: boolean) => {
  const { ctx } = flow;
  const size = 10.5;
  const lineHeight = 14;
  const lines = wrapText(item.text, { font: ctx.regular, size, width: CONTENT_WIDTH - BOX_COLUMN });
  flow.ensure(lines.length * lineHeight);
  drawTickBox(flow.page, MARGIN.left, flow.y - 11, 10, ticked);
  lines.forEach((line, index) => {
    flow.line(
      line,
      MARGIN.left + BOX_COLUMN,
      { font: ctx.regular, size },
      flow.y - index * lineHeight,
    );
  });
  flow.y -= lines.length * lineHeight + 8;
};

/** The items named by the entry, in template order; every item, unticked, when none is named. */
const selectItems = (template: WithdrawalTemplate, purposeIds: readonly string[]) => {
  const known = new Set(template.items.map((item) => item.id));
  if (purposeIds.some((id) => !known.has(id))) {
    throw new AppError('validation', 'errors.pdf.purposeUnknown', { template: template.id });
  }
  if (purposeIds.length === 0) return { items: template.items, ticked: false };
  return { items: template.items.filter((item) => purposeIds.includes(item.id)), ticked: true };
};

/**
 * Renders a withdrawal (atsaukums) form: who withdraws, for which child, which items (ticked),
 * from when, and the lines for the parent's signature and for the institution's receipt.
 */
export const renderWithdrawalForm = async (
  input: RenderWithdrawalFormInput,
): Promise<Uint8Array> => {
  const { template, institution, entry } = input;
  assertFormIds([entry]);
  if (entry.originalFormId !== undefined && !isFormId(entry.originalFormId)) {
    throw new AppError('validation', 'errors.pdf.formIdInvalid', { field: 'originalFormId' });
  }
  const { items, ticked } = selectItems(template, entry.purposeIds);
  const ctx = await createPdfContext(input.fonts, {
    title: template.formLabel,
    language: template.language,
    ...(input.generatedOn ? { createdOn: input.generatedOn } : {}),
  });
  assertPrintable(ctx, [
    {
      field: 'childName',
      index: 0,
      ...(entry.childName === undefined ? {} : { text: entry.childName }),
    },
    {
      field: 'representativeName',
      index: 0,
      ...(entry.representativeName === undefined ? {} : { text: entry.representativeName }),
    },
  ]);
  const flow = new PageFlow(ctx, (next) => {
    drawContinuationHeader(next, template, entry.formId);
  });
  drawFormHeader(flow, template, institution);
  drawFormIdBlock(ctx, flow.page, entry.formId);
  drawTitleBlock(flow, template);
  const layout = signerLayout(template, entry);
  for (const { line, value } of layout.lines) {
    const lines = fillLines(ctx, line.prefix, value);
    drawFillValues(
      ctx,
      flow.pages,
      drawFillLine(flow, line.prefix, lines.length, line.caption),
      lines,
    );
  }
  const intro = ticked ? template.itemsIntro : template.blankItemsIntro;
  flow.paragraph(layout.lead ? `${layout.lead} ${intro}` : intro, {
    font: ctx.regular,
    size: 10.5,
  });
  flow.gap(6);
  for (const item of items) drawWithdrawnItem(flow, item, ticked);
  flow.gap(4);
  const bold = { font: ctx.bold, size: 10 };
  flow.labelled(template.originalFormLabel, entry.originalFormId ?? '____________', bold, {
    font: ctx.regular,
    size: 10,
  });
  flow.gap(8);
  flow.paragraph(template.statement, { font: ctx.regular, size: 10, lineHeight: 13.5 });
  flow.gap(10);
  drawParties(flow, template, institution, false);
  drawSignatureLine(flow, layout.signatureCaption);
  drawSignatureLine(flow, template.receivedCaption);
  drawFormFooters(ctx, flow.pages, template, entry.formId, input.generatedOn);
  return savePdf(ctx);
};
