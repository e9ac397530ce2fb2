// The frame every request letter and access report shares: the institution's letterhead from
// settings, the date and number, the addressee, and a footer on every page with the number and
// "page n of m". Institution details never come from a template (docs/forms.md).
import type { PDFPage } from 'pdf-lib';
import { formatDate, isValidIsoDate } from '../text/dates';
import { AppError } from '../errors/app-error';
import type { PdfContext } from './document';
import { CONTENT_WIDTH, INK, MARGIN, MUTED, type PageFlow } from './flow';
import { drawFooterLine } from './form-parts';
import { wrapText } from './text-wrap';
import type { FormInstitution } from './types';
import type { LetterLanguage, LetterWording } from './letter-wording';

/** A letter's date as its language writes it: LV DD.MM.YYYY, LT YYYY-MM-DD. */
export const formatLetterDate = (iso: string, language: LetterLanguage): string => {
  if (!isValidIsoDate(iso)) throw new AppError('validation', 'errors.pdf.dateInvalid');
  return formatDate(iso, language);
};

/** Letter and report numbers: letters, digits and / - . only, at most 40 characters. */
export const assertLetterNumber = (value: string): void => {
  if (!/^[\p{L}\d/.-]{1,40}$/u.test(value)) {
    throw new AppError('validation', 'errors.pdf.letterNumberInvalid');
  }
};

const contactLines = (institution: FormInstitution, wording: LetterWording): string[] => {
  const { labels } = wording;
  const first = [
    institution.registrationNumber
      ? `${labels.registrationNumber} ${institution.registrationNumber}`
      : '',
    institution.address ?? '',
  ].filter(Boolean);
  const second = [
    institution.phone ? `${labels.phone} ${institution.phone}` : '',
    institution.email ? `${labels.email} ${institution.email}` : '',
  ].filter(Boolean);
  return [first.join(', '), second.join(', ')].filter(Boolean);
};

/** Institution name and contacts, centred, a rule under them, then the dated number line. */
export const drawLetterhead = (
  flow: PageFlow,
  institution: FormInstitution,
  wording: LetterWording,
  dateAndNumber: { date: string; number: string },
): void => {
  const { ctx } = flow;
  flow.paragraph(institution.name, { font: ctx.bold, size: 13, align: 'center', lineHeight: 17 });
  for (const line of contactLines(institution, wording)) {
    flow.paragraph(line, { font: ctx.regular, size: 8.5, align: 'center', color: MUTED });
  }
  flow.gap(4);
  flow.rule(MARGIN.left, CONTENT_WIDTH, 0.8);
  flow.gap(14);
  const date = wording.dateInText(dateAndNumber.date);
  flow.paragraph(`${date} ${wording.labels.number} ${dateAndNumber.number}`, {
    font: ctx.regular,
    size: 10,
  });
  flow.gap(12);
};

/** The addressee block: the name in bold, then address lines as given. */
export const drawAddressee = (flow: PageFlow, lines: readonly string[]): void => {
  const { ctx } = flow;
  const [name, ...rest] = lines;
  const width = CONTENT_WIDTH * 0.55;
  if (name) flow.paragraph(name, { font: ctx.bold, size: 10.5, width });
  for (const line of rest) flow.paragraph(line, { font: ctx.regular, size: 10, width });
  flow.gap(16);
};

/** A bold title, wrapped. */
export const drawLetterTitle = (flow: PageFlow, title: string): void => {
  flow.paragraph(title, { font: flow.ctx.bold, size: 12.5, lineHeight: 16 });
  flow.gap(8);
};

/** Label + value rows in a small block (request number, received, type, data subject). */
export const drawFacts = (
  flow: PageFlow,
  rows: readonly (readonly [label: string, value: string])[],
): void => {
  const { ctx } = flow;
  for (const [label, value] of rows) {
    flow.labelled(label, value, { font: ctx.bold, size: 10 }, { font: ctx.regular, size: 10 });
  }
  flow.gap(10);
};

/** "1. …", "2. …" items indented under a lead-in; used for reasons and attachments. */
export const drawNumberedList = (flow: PageFlow, items: readonly string[]): void => {
  const { ctx } = flow;
  const size = 10.5;
  const lineHeight = 14;
  const indent = 18;
  items.forEach((item, index) => {
    const lines = wrapText(item, { font: ctx.regular, size, width: CONTENT_WIDTH - indent });
    lines.forEach((line, lineIndex) => {
      flow.ensure(lineHeight);
      if (lineIndex === 0) flow.line(`${index + 1}.`, MARGIN.left + 2, { font: ctx.regular, size });
      flow.line(line, MARGIN.left + indent, { font: ctx.regular, size });
      flow.y -= lineHeight;
    });
    flow.gap(2);
  });
  flow.gap(6);
};

/** Body paragraphs of a letter, with space between them. */
export const drawParagraphs = (flow: PageFlow, paragraphs: readonly string[]): void => {
  for (const text of paragraphs) {
    flow.paragraph(text, { font: flow.ctx.regular, size: 10.5, lineHeight: 14.5 });
    flow.gap(7);
  }
};

/** "Ar cieņu", the controller with a signature line, and who prepared the letter. */
export const drawSignatureBlock = (
  flow: PageFlow,
  institution: FormInstitution,
  wording: LetterWording,
): void => {
  const { ctx } = flow;
  flow.ensure(90);
  flow.gap(10);
  flow.paragraph(wording.labels.closing, { font: ctx.regular, size: 10.5 });
  flow.gap(22);
  const lineX = MARGIN.left + CONTENT_WIDTH * 0.62;
  const lineWidth = CONTENT_WIDTH * 0.38;
  const top = flow.y;
  flow.paragraph(institution.controllerName, {
    font: ctx.regular,
    size: 10.5,
    width: CONTENT_WIDTH * 0.58,
  });
  flow.rule(lineX, lineWidth, 0.6, top - 11);
  flow.line(
    wording.labels.signature,
    lineX + lineWidth / 2 - 18,
    {
      font: ctx.regular,
      size: 7.5,
      color: MUTED,
    },
    top - 14,
  );
  flow.gap(16);
  flow.paragraph(`${wording.labels.preparedBy} ${institution.operatorName}`, {
    font: ctx.regular,
    size: 8.5,
    color: MUTED,
  });
};

/** Footer of every page: "Vēstule Nr. … · 15.03.2026 · Satur personas datus" and page n of m. */
export const drawLetterFooters = (
  ctx: PdfContext,
  pages: readonly PDFPage[],
  left: string,
  wording: LetterWording,
): void => {
  const size = 7.5;
  pages.forEach((page, index) => {
    const y = MARGIN.bottom - 24;
    page.drawLine({
      start: { x: MARGIN.left, y: y + 11 },
      end: { x: MARGIN.left + CONTENT_WIDTH, y: y + 11 },
      thickness: 0.4,
      color: INK,
    });
    drawFooterLine(ctx, page, {
      left,
      right: wording.labels.page(index + 1, pages.length),
      y,
      size,
    });
  });
};
