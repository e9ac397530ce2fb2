import { AppError } from '../errors/app-error';
import { createPdfContext, savePdf } from './document';
import { CONTENT_WIDTH, INK, MARGIN, MUTED, PageFlow } from './flow';
import { formatDocumentDate } from './form-date';
import { RECOVERY_SHEET_TEXTS, type SheetLanguage } from './sheet-texts';
import type { PdfFonts } from './types';

export type RenderRecoverySheetInput = {
  institutionName: string;
  /** The recovery code as generated; separators (spaces, dashes) are only for reading. */
  recoveryCode: string;
  /** ISO date or DD.MM.YYYY. */
  createdOn: string;
  fonts: PdfFonts;
  /** The institution's language (documentLanguage(country)): every printed word follows it. */
  language: SheetLanguage;
};

/** Groups the code for reading: keeps the caller's groups, else splits into blocks of four. */
export const groupRecoveryCode = (code: string): string[] => {
  const trimmed = code.trim().toUpperCase();
  const given = trimmed.split(/[\s-]+/).filter(Boolean);
  if (given.length > 1) return given;
  return trimmed.match(/.{1,4}/g) ?? [];
};

/** Lays the groups out in rows that fit the page at the given font size. */
const codeRows = (groups: readonly string[], perRow: number): string[] => {
  const rows: string[] = [];
  for (let index = 0; index < groups.length; index += perRow) {
    rows.push(groups.slice(index, index + perRow).join('  '));
  }
  return rows;
};

/** One A4 page, "Atkopšanas atslēga": the head's printed recovery key and how to keep it. */
export const renderRecoverySheet = async (input: RenderRecoverySheetInput): Promise<Uint8Array> => {
  const groups = groupRecoveryCode(input.recoveryCode);
  if (groups.length === 0) throw new AppError('validation', 'errors.pdf.recoveryCodeEmpty');
  const texts = RECOVERY_SHEET_TEXTS[input.language];
  const ctx = await createPdfContext(input.fonts, {
    title: texts.title,
    language: input.language,
    createdOn: input.createdOn,
  });
  const mono = await ctx.mono();
  const flow = new PageFlow(ctx);
  flow.paragraph(input.institutionName, { font: ctx.bold, size: 12 });
  flow.paragraph(texts.createdOn(formatDocumentDate(input.createdOn, input.language)), {
    font: ctx.regular,
    size: 9.5,
    color: MUTED,
  });
  flow.gap(24);
  flow.paragraph(texts.title, {
    font: ctx.bold,
    size: 24,
    align: 'center',
    lineHeight: 30,
  });
  flow.paragraph(texts.confidential, { font: ctx.bold, size: 12, align: 'center' });
  flow.gap(22);

  let size = 22;
  let perRow = 4;
  const fits = (): boolean =>
    codeRows(groups, perRow).every(
      (row) => mono.widthOfTextAtSize(row, size) <= CONTENT_WIDTH - 40,
    );
  while (!fits() && perRow > 1) perRow -= 1;
  while (!fits() && size > 9) size -= 1;
  const rows = codeRows(groups, perRow);
  const boxHeight = rows.length * size * 1.6 + 28;
  flow.page.drawRectangle({
    x: MARGIN.left,
    y: flow.y - boxHeight,
    width: CONTENT_WIDTH,
    height: boxHeight,
    borderWidth: 1.5,
    borderColor: INK,
  });
  flow.gap(16);
  for (const row of rows)
    flow.paragraph(row, { font: mono, size, align: 'center', lineHeight: size * 1.6 });
  flow.y -= 12;
  flow.gap(26);

  for (const [heading, body] of texts.sections) {
    flow.paragraph(heading, { font: ctx.bold, size: 11.5 });
    flow.gap(2);
    flow.paragraph(body, { font: ctx.regular, size: 10.5, lineHeight: 14.5 });
    flow.gap(12);
  }
  flow.gap(16);
  flow.paragraph(texts.storedBy, { font: ctx.regular, size: 10.5 });
  flow.gap(30);
  flow.rule(MARGIN.left, 300);
  const captionWidth = ctx.regular.widthOfTextAtSize(texts.signatureCaption, 8);
  flow.line(
    texts.signatureCaption,
    MARGIN.left + (300 - captionWidth) / 2,
    { font: ctx.regular, size: 8, color: MUTED },
    flow.y - 3,
  );
  return savePdf(ctx);
};
