import { rgb } from 'pdf-lib';
import { bornOn } from '../text/namesakes';
import { AppError } from '../errors/app-error';
import { A4, createPdfContext, savePdf, type PdfContext } from './document';
import { assertPrintable } from './printable-names';
import { CONTENT_WIDTH, INK, MARGIN, MUTED, PageFlow } from './flow';
import { formatDocumentDate } from './form-date';
import { GROUP_SHEET_TEXTS, type GroupSheetTexts, type SheetLanguage } from './sheet-texts';
import { drawTextLine } from './text-ops';
import { wrapText } from './text-wrap';
import type { GroupSheetRow, GroupSheetState, FormInstitution, PdfFonts } from './types';

export type GroupSheetPurpose = { id: string; label: string };

export type RenderGroupSheetInput = {
  institution: Pick<FormInstitution, 'name'>;
  groupName: string;
  /** The date the states hold on (ISO or DD.MM.YYYY). */
  onDate: string;
  purposes: readonly GroupSheetPurpose[];
  rows: readonly GroupSheetRow[];
  fonts: PdfFonts;
  /** The institution's language (documentLanguage(country)): every printed word follows it. */
  language: SheetLanguage;
};

// States are printed as a symbol AND a word (GROUP_SHEET_TEXTS), and "not allowed" in bold
// capitals: the list is read on a staff-room wall, often photocopied in black and white, never by
// colour alone.
export const GROUP_SHEET_STATES: Readonly<
  Record<GroupSheetState, { symbol: string; allowed: boolean }>
> = {
  granted: { symbol: '✓', allowed: true },
  refused: { symbol: '✗', allowed: false },
  withdrawn: { symbol: '⊘', allowed: false },
  none: { symbol: '?', allowed: false },
};

const NUMBER_COLUMN = 26;
const CELL_PADDING = 4;
const SIZE = 9.5;
const LINE = 12.5;

const stateOf = (row: GroupSheetRow, purposeId: string): GroupSheetState =>
  row.states[purposeId] ?? 'none';

const columnLayout = (purposes: readonly GroupSheetPurpose[]) => {
  const purposeWidth = Math.min(110, (CONTENT_WIDTH - NUMBER_COLUMN - 130) / purposes.length);
  const nameWidth = CONTENT_WIDTH - NUMBER_COLUMN - purposeWidth * purposes.length;
  const xs = purposes.map(
    (_, index) => MARGIN.left + NUMBER_COLUMN + nameWidth + index * purposeWidth,
  );
  return { purposeWidth, nameWidth, xs };
};

/** The summary that matters most: per purpose, who must NOT. */
const drawMustNot = (flow: PageFlow, input: RenderGroupSheetInput, texts: GroupSheetTexts) => {
  const { ctx } = flow;
  flow.paragraph(texts.mustNot, { font: ctx.bold, size: 12 });
  flow.gap(4);
  for (const purpose of input.purposes) {
    const names = input.rows
      .filter((row) => !GROUP_SHEET_STATES[stateOf(row, purpose.id)].allowed)
      .map((row) => row.name);
    flow.labelled(
      `✗ ${purpose.label}:`,
      names.length > 0 ? names.join(', ') : texts.allAllowed,
      { font: ctx.bold, size: 10.5 },
      { font: ctx.regular, size: 10.5 },
    );
    flow.gap(4);
  }
  flow.gap(4);
  flow.paragraph(texts.legend, { font: ctx.regular, size: 8.5, color: MUTED, lineHeight: 11 });
  flow.gap(10);
};

const drawTableHeader = (
  flow: PageFlow,
  purposes: readonly GroupSheetPurpose[],
  texts: GroupSheetTexts,
) => {
  const { ctx } = flow;
  const { purposeWidth, xs } = columnLayout(purposes);
  const labels = purposes.map((purpose) =>
    wrapText(purpose.label, { font: ctx.bold, size: 9, width: purposeWidth - 2 * CELL_PADDING }),
  );
  const height = Math.max(1, ...labels.map((lines) => lines.length)) * 11.5 + 2 * CELL_PADDING;
  flow.ensure(height + LINE * 2);
  const top = flow.y;
  flow.page.drawRectangle({
    x: MARGIN.left,
    y: top - height,
    width: CONTENT_WIDTH,
    height,
    color: rgb(0.85, 0.85, 0.85),
  });
  const bold = { font: ctx.bold, size: 9 };
  flow.line(texts.number, MARGIN.left + CELL_PADDING, bold, top - CELL_PADDING);
  flow.line(texts.name, MARGIN.left + NUMBER_COLUMN + CELL_PADDING, bold, top - CELL_PADDING);
  labels.forEach((lines, index) => {
    lines.forEach((line, lineIndex) => {
      flow.line(line, (xs[index] ?? 0) + CELL_PADDING, bold, top - CELL_PADDING - lineIndex * 11.5);
    });
  });
  flow.y = top - height;
};

const drawRow = (
  flow: PageFlow,
  input: RenderGroupSheetInput,
  row: GroupSheetRow,
  index: number,
  texts: GroupSheetTexts,
) => {
  const { ctx } = flow;
  const { purposeWidth, nameWidth, xs } = columnLayout(input.purposes);
  const nameLines = wrapText(row.name, {
    font: ctx.regular,
    size: SIZE,
    width: nameWidth - 2 * CELL_PADDING,
  });
  const cells = input.purposes.map((purpose) => {
    const key = stateOf(row, purpose.id);
    const state = GROUP_SHEET_STATES[key];
    const font = state.allowed ? ctx.regular : ctx.bold;
    return {
      font,
      lines: wrapText(`${state.symbol} ${texts.states[key]}`, {
        font,
        size: SIZE,
        width: purposeWidth - 2 * CELL_PADDING,
      }),
    };
  });
  const height =
    Math.max(nameLines.length, ...cells.map((cell) => cell.lines.length)) * LINE + 2 * CELL_PADDING;
  if (flow.y - height < MARGIN.bottom) {
    flow.newPage();
    drawTableHeader(flow, input.purposes, texts);
  }
  const top = flow.y;
  if (index % 2 === 1) {
    flow.page.drawRectangle({
      x: MARGIN.left,
      y: top - height,
      width: CONTENT_WIDTH,
      height,
      color: rgb(0.94, 0.94, 0.94),
    });
  }
  const regular = { font: ctx.regular, size: SIZE };
  flow.line(`${index + 1}.`, MARGIN.left + CELL_PADDING, regular, top - CELL_PADDING);
  nameLines.forEach((line, i) => {
    flow.line(
      line,
      MARGIN.left + NUMBER_COLUMN + CELL_PADDING,
      regular,
      top - CELL_PADDING - i * LINE,
    );
  });
  cells.forEach((cell, c) => {
    cell.lines.forEach((line, i) => {
      flow.line(
        line,
        (xs[c] ?? 0) + CELL_PADDING,
        { font: cell.font, size: SIZE },
        top - CELL_PADDING - i * LINE,
      );
    });
  });
  flow.page.drawLine({
    start: { x: MARGIN.left, y: top - height },
    end: { x: MARGIN.left + CONTENT_WIDTH, y: top - height },
    thickness: 0.4,
    color: INK,
  });
  flow.y = top - height;
};

const drawFooters = (ctx: PdfContext, flow: PageFlow, onDate: string, texts: GroupSheetTexts) => {
  const size = 7.5;
  const text = texts.footer(onDate);
  flow.pages.forEach((page, index) => {
    const lines = wrapText(text, { font: ctx.regular, size, width: CONTENT_WIDTH - 60 });
    lines.forEach((line, i) => {
      drawTextLine(page, line, {
        x: MARGIN.left,
        y: MARGIN.bottom - 22 - i * 9.5,
        size,
        font: ctx.regular,
        color: MUTED,
      });
    });
    const pageText = `${texts.page} ${index + 1}/${flow.pages.length}`;
    const width = ctx.regular.widthOfTextAtSize(pageText, size);
    drawTextLine(page, pageText, {
      x: A4.width - MARGIN.right - width,
      y: MARGIN.bottom - 22,
      size,
      font: ctx.regular,
      color: MUTED,
    });
  });
};

/** A namesake's name with the birth date beside it; other rows as they are. */
const withBirthDate = (row: GroupSheetRow, language: SheetLanguage): GroupSheetRow =>
  row.birthDate ? { ...row, name: `${row.name} (${bornOn(row.birthDate, language)})` } : row;

/**
 * A dated staff-room list for one group: first who must NOT be photographed / published /
 * named, then every child with each purpose's state in a symbol and a word.
 */
export const renderGroupSheet = async (given: RenderGroupSheetInput): Promise<Uint8Array> => {
  if (given.purposes.length === 0 || given.purposes.length > 5) {
    throw new AppError('validation', 'errors.pdf.purposeCount', { count: given.purposes.length });
  }
  const texts = GROUP_SHEET_TEXTS[given.language];
  const input = { ...given, rows: given.rows.map((row) => withBirthDate(row, given.language)) };
  const onDate = formatDocumentDate(input.onDate, input.language);
  const ctx = await createPdfContext(input.fonts, {
    title: texts.title,
    language: input.language,
    createdOn: input.onDate,
  });
  assertPrintable(ctx, [
    { field: 'groupName', index: 0, text: input.groupName },
    ...input.rows.map((row, index) => ({ field: 'name', index, text: row.name })),
  ]);
  const flow = new PageFlow(ctx);
  flow.paragraph(input.institution.name, { font: ctx.regular, size: 10, color: MUTED });
  flow.gap(4);
  flow.paragraph(texts.heading, { font: ctx.bold, size: 15, lineHeight: 19 });
  flow.paragraph(texts.groupLine(input.groupName, onDate), {
    font: ctx.bold,
    size: 11.5,
    lineHeight: 16,
  });
  flow.gap(10);
  drawMustNot(flow, input, texts);
  drawTableHeader(flow, input.purposes, texts);
  input.rows.forEach((row, index) => {
    drawRow(flow, input, row, index, texts);
  });
  drawFooters(ctx, flow, onDate, texts);
  return savePdf(ctx);
};
