// A plain table for the access report: a grey header row repeated on every page the table runs
// onto, wrapped cells (nothing is clipped), thin rules between rows.
import { rgb } from 'pdf-lib';
import { CONTENT_WIDTH, INK, MARGIN, type PageFlow } from './flow';
import { wrapText } from './text-wrap';

const SIZE = 8.5;
const LINE = 11;
const PAD = 3;

export type TableColumn = {
  readonly title: string;
  /** share of the content width */ readonly share: number;
};

const layout = (columns: readonly TableColumn[]) => {
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  let x = MARGIN.left;
  return columns.map((c) => {
    const width = (c.share / total) * CONTENT_WIDTH;
    const cell = { x, width };
    x += width;
    return cell;
  });
};

const drawRow = (
  flow: PageFlow,
  cells: readonly { x: number; width: number }[],
  values: readonly string[],
  header: boolean,
): void => {
  const font = header ? flow.ctx.bold : flow.ctx.regular;
  const lines = values.map((value, i) =>
    wrapText(value, { font, size: SIZE, width: (cells[i]?.width ?? 0) - 2 * PAD }),
  );
  const height = Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD;
  const top = flow.y;
  if (header) {
    flow.page.drawRectangle({
      x: MARGIN.left,
      y: top - height,
      width: CONTENT_WIDTH,
      height,
      color: rgb(0.88, 0.88, 0.88),
    });
  }
  lines.forEach((cellLines, i) => {
    cellLines.forEach((line, j) => {
      flow.line(line, (cells[i]?.x ?? 0) + PAD, { font, size: SIZE }, top - PAD - j * LINE);
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

const rowHeight = (
  flow: PageFlow,
  cells: readonly { width: number }[],
  values: readonly string[],
) =>
  Math.max(
    1,
    ...values.map(
      (value, i) =>
        wrapText(value, {
          font: flow.ctx.regular,
          size: SIZE,
          width: (cells[i]?.width ?? 0) - 2 * PAD,
        }).length,
    ),
  ) *
    LINE +
  2 * PAD;

/** Draws the table; a row that does not fit moves to a new page under a repeated header. */
export const drawTable = (
  flow: PageFlow,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void => {
  const cells = layout(columns);
  const titles = columns.map((c) => c.title);
  flow.ensure(rowHeight(flow, cells, titles) + (rows[0] ? rowHeight(flow, cells, rows[0]) : 0));
  drawRow(flow, cells, titles, true);
  for (const row of rows) {
    if (flow.y - rowHeight(flow, cells, row) < MARGIN.bottom) {
      flow.newPage();
      drawRow(flow, cells, titles, true);
    }
    drawRow(flow, cells, row, false);
  }
  flow.gap(10);
};
