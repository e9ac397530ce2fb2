import type { PDFPage } from 'pdf-lib';
import { A4, type PdfContext } from './document';
import { CONTENT_WIDTH, INK, MARGIN, MUTED, type PageFlow } from './flow';
import { formatFormDate } from './form-date';
import { drawQrCode } from './qr-code';
import type { FormTemplate } from './template';
import { drawTextLine } from './text-ops';
import { wrapText } from './text-wrap';
import type { FormInstitution } from './types';

// Building blocks shared by the consent and withdrawal forms.

const QR_SIDE = 62;
const QR_BLOCK = 84;

const contactLines = (institution: FormInstitution, template: FormTemplate): string[] => {
  const { labels } = template;
  const lines: string[] = [];
  if (institution.registrationNumber) {
    lines.push(`${labels.registrationNumber} ${institution.registrationNumber}`);
  }
  if (institution.address) lines.push(institution.address);
  const contacts = [
    institution.phone ? `${labels.phone} ${institution.phone}` : '',
    institution.email ? `${labels.email} ${institution.email}` : '',
  ].filter(Boolean);
  if (contacts.length > 0) lines.push(contacts.join(', '));
  return lines;
};

/** The QR code of the form ID with the ID printed under it, top right of a form's first page. */
export const drawFormIdBlock = (
  ctx: PdfContext,
  page: PDFPage,
  formId: string,
  top = A4.height - MARGIN.top,
) => {
  const qrX = A4.width - MARGIN.right - QR_SIDE;
  drawQrCode(page, formId, qrX, top - 14, QR_SIDE);
  const idSize = 8.5;
  const idWidth = ctx.bold.widthOfTextAtSize(formId, idSize);
  drawTextLine(page, formId, {
    x: qrX + (QR_SIDE - idWidth) / 2,
    y: top - 18 - QR_SIDE - idSize,
    size: idSize,
    font: ctx.bold,
    color: INK,
  });
};

/**
 * FormInstitution header on the left and the form label on the right, leaving room for the QR
 * block (drawn separately by drawFormIdBlock, since it differs on every form of a batch).
 */
export const drawFormHeader = (
  flow: PageFlow,
  template: FormTemplate,
  institution: FormInstitution,
): void => {
  const { ctx } = flow;
  const top = flow.y;
  const labelSize = 8.5;
  const labelWidth = ctx.regular.widthOfTextAtSize(template.formLabel, labelSize);
  flow.line(template.formLabel, A4.width - MARGIN.right - labelWidth, {
    font: ctx.regular,
    size: labelSize,
    color: MUTED,
  });
  const rightBottom = top - 22 - QR_SIDE - 8.5;
  const leftWidth = CONTENT_WIDTH - Math.max(QR_BLOCK, labelWidth + 16);
  flow.paragraph(institution.name, { font: ctx.bold, size: 12.5, width: leftWidth });
  flow.gap(2);
  for (const line of contactLines(institution, template)) {
    flow.paragraph(line, { font: ctx.regular, size: 9, width: leftWidth, color: MUTED });
  }
  flow.y = Math.min(flow.y, rightBottom) - 6;
  flow.rule(MARGIN.left, CONTENT_WIDTH, 0.8);
  flow.gap(18);
};

/** The running header of a form's continuation page. */
export const drawContinuationHeader = (flow: PageFlow, template: FormTemplate, formId: string) => {
  flow.line(`${template.formLabel} · ${template.labels.formId} ${formId}`, MARGIN.left, {
    font: flow.ctx.regular,
    size: 8,
    color: MUTED,
  });
  flow.gap(14);
  flow.rule(MARGIN.left, CONTENT_WIDTH, 0.5);
  flow.gap(14);
};

export const drawTitleBlock = (flow: PageFlow, template: FormTemplate, purpose?: string) => {
  const { ctx } = flow;
  for (const title of template.title) {
    flow.paragraph(title, { font: ctx.bold, size: 16, align: 'center', lineHeight: 21 });
  }
  if (template.subtitle) {
    flow.paragraph(template.subtitle, {
      font: ctx.bold,
      size: 12,
      align: 'center',
      lineHeight: 16,
    });
  }
  if (purpose) {
    flow.gap(4);
    flow.paragraph(purpose, { font: ctx.regular, size: 10.5, align: 'center', lineHeight: 14 });
  }
  flow.gap(20);
};

const FILL_SIZE = 11;

/** Where one line of a filled-in value goes: the page (index in the form) and the baseline. */
export type FillSlot = { pageIndex: number; x: number; y: number };

/** Wraps a value for "Es, ________": the first line is shortened by the prefix. */
export const fillLines = (ctx: PdfContext, prefix: string, value: string | undefined): string[] => {
  const prefixWidth = ctx.regular.widthOfTextAtSize(`${prefix} `, FILL_SIZE);
  return value?.trim()
    ? wrapText(value, {
        font: ctx.bold,
        size: FILL_SIZE,
        width: CONTENT_WIDTH - 8,
        firstLineWidth: CONTENT_WIDTH - prefixWidth - 8,
      })
    : [''];
};

/**
 * "Es, ________": the prefix, one ruled line per line of the value (so a long name wraps over
 * several lines instead of being clipped) and the small caption under them. Returns where each
 * line of the value goes; drawFillValues writes it there (once per form, while the ruled body
 * may be shared by every form of a batch).
 */
export const drawFillLine = (
  flow: PageFlow,
  prefix: string,
  lineCount: number,
  caption: string,
): FillSlot[] => {
  const { ctx } = flow;
  const rowHeight = 26;
  const prefixWidth = ctx.regular.widthOfTextAtSize(`${prefix} `, FILL_SIZE);
  const slots: FillSlot[] = [];
  let lineStart: number = MARGIN.left;
  for (let index = 0; index < lineCount; index += 1) {
    flow.ensure(rowHeight + (index === lineCount - 1 ? 12 : 0));
    lineStart = index === 0 ? MARGIN.left + prefixWidth : MARGIN.left;
    const baseline = flow.y - rowHeight + 6;
    if (index === 0)
      drawTextLine(flow.page, prefix, {
        x: MARGIN.left,
        y: baseline,
        size: FILL_SIZE,
        font: ctx.regular,
        color: INK,
      });
    slots.push({ pageIndex: flow.pages.length - 1, x: lineStart + 4, y: baseline });
    flow.rule(lineStart, MARGIN.left + CONTENT_WIDTH - lineStart, 0.6, baseline - 3);
    flow.y -= rowHeight;
  }
  const captionSize = 7.5;
  const captionWidth = ctx.regular.widthOfTextAtSize(caption, captionSize);
  const area = MARGIN.left + CONTENT_WIDTH - lineStart;
  flow.line(
    caption,
    lineStart + (area - captionWidth) / 2,
    { font: ctx.regular, size: captionSize, color: MUTED },
    flow.y + 1,
  );
  flow.gap(16);
  return slots;
};

/** Writes the value's lines into the slots drawFillLine returned. */
export const drawFillValues = (
  ctx: PdfContext,
  pages: readonly PDFPage[],
  slots: readonly FillSlot[],
  lines: readonly string[],
) => {
  slots.forEach((slot, index) => {
    const page = pages[slot.pageIndex];
    const text = lines[index];
    if (page && text)
      drawTextLine(page, text, {
        x: slot.x,
        y: slot.y,
        size: FILL_SIZE,
        font: ctx.bold,
        color: INK,
      });
  });
};

/** A square tick box; `ticked` draws a cross in it. */
export const drawTickBox = (
  page: PDFPage,
  x: number,
  bottom: number,
  side: number,
  ticked: boolean,
) => {
  page.drawRectangle({
    x,
    y: bottom,
    width: side,
    height: side,
    borderColor: INK,
    borderWidth: 0.9,
  });
  if (!ticked) return;
  const inset = side * 0.2;
  const line = { thickness: 1.2, color: INK };
  page.drawLine({
    start: { x: x + inset, y: bottom + inset },
    end: { x: x + side - inset, y: bottom + side - inset },
    ...line,
  });
  page.drawLine({
    start: { x: x + inset, y: bottom + side - inset },
    end: { x: x + side - inset, y: bottom + inset },
    ...line,
  });
};

/**
 * Operator and controller on labelled lines, the recipients as a labelled paragraph. A template
 * with a `controllerRepresentative` label names the institution as the controller and its head
 * on the next line; otherwise the controller line holds controllerName as the seed form does.
 */
export const drawParties = (
  flow: PageFlow,
  template: FormTemplate,
  institution: FormInstitution,
  withRecipients: boolean,
) => {
  const { ctx } = flow;
  const bold = { font: ctx.bold, size: 10.5 };
  const regular = { font: ctx.regular, size: 10.5 };
  const { controllerRepresentative } = template.labels;
  flow.labelled(template.labels.operator, institution.operatorName, bold, regular);
  flow.gap(3);
  if (controllerRepresentative) {
    flow.labelled(template.labels.controller, institution.name, bold, regular);
    flow.gap(3);
    flow.labelled(controllerRepresentative, institution.controllerName, bold, regular);
  } else {
    flow.labelled(template.labels.controller, institution.controllerName, bold, regular);
  }
  if (!withRecipients) return;
  flow.gap(3);
  flow.ensure(28);
  flow.paragraph(template.labels.recipients, bold);
  flow.paragraph(institution.recipients, regular);
};

/** A signature line with its caption, kept together on one page. */
export const drawSignatureLine = (flow: PageFlow, caption: string, width = 300) => {
  flow.ensure(60);
  flow.gap(42);
  flow.rule(MARGIN.left, width, 0.6);
  const size = 8;
  const captionWidth = flow.ctx.regular.widthOfTextAtSize(caption, size);
  flow.line(
    caption,
    MARGIN.left + (width - captionWidth) / 2,
    { font: flow.ctx.regular, size, color: MUTED },
    flow.y - 3,
  );
  flow.gap(16);
};

/** Template id and version, generation date, form ID and "page i/n" on every page of a form. */
export const drawFormFooters = (
  ctx: PdfContext,
  pages: readonly PDFPage[],
  template: FormTemplate,
  formId: string,
  generatedOn?: string,
): void => {
  const size = 7.5;
  const left = [`${template.id} v${template.version}`];
  if (generatedOn) left.push(`${template.labels.generatedOn} ${formatFormDate(generatedOn)}`);
  pages.forEach((page, index) => {
    const right = `${template.labels.formId} ${formId} · ${template.labels.page} ${index + 1}/${pages.length}`;
    drawFooterLine(ctx, page, { left: left.join(' · '), right, y: MARGIN.bottom - 26, size });
  });
};

/** One muted footer line: `left` at the left margin, `right` flush with the right margin. */
export const drawFooterLine = (
  ctx: PdfContext,
  page: PDFPage,
  line: { left: string; right: string; y: number; size: number },
): void => {
  const style = { size: line.size, font: ctx.regular, color: MUTED };
  drawTextLine(page, line.left, { x: MARGIN.left, y: line.y, ...style });
  const width = ctx.regular.widthOfTextAtSize(line.right, line.size);
  drawTextLine(page, line.right, { x: A4.width - MARGIN.right - width, y: line.y, ...style });
};
