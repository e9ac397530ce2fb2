// A plain table for the access report: a grey header row repeated on every page the table runs
// onto, wrapped cells (nothing is clipped), thin rules between rows.
import { rgb, type PDFFont } from 'pdf-lib';
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

type RowLayout = {
  readonly font: PDFFont;
  readonly lines: readonly (readonly string[])[];
  readonly height: number;
};

/** Wraps every cell once; the height decides the page break and the drawing uses the lines. */
const layoutRow = (
  flow: PageFlow,
  cells: readonly { width: number }[],
  values: readonly string[],
  header: boolean,
): RowLayout => {
  const font = header ? flow.ctx.bold : flow.ctx.regular;
  const lines = values.map((value, i) =>
    wrapText(value, { font, size: SIZE, width: (cells[i]?.width ?? 0) - 2 * PAD }),
  );
  return { font, lines, height: Math.max(1, ...lines.map((l) => l.length)) * LINE + 2 * PAD };
};

const drawRow = (
  flow: PageFlow,
  cells: readonly { x: number; width: number }[],
  row: RowLayout,
  header: boolean,
): void => {
  const top = flow.y;
  if (header) {
    flow.page.drawRectangle({
      x: MARGIN.left,
      y: top - row.height,
      width: CONTENT_WIDTH,
      height: row.height,
      color: rgb(0.88, 0.88, 0.88),
    });
  }
  row.lines.forEach((cellLines, i) => {
    cellLines.forEach((line, j) => {
      flow.line(
        line,
        (cells[i]?.x ?? 0) + PAD,
        { font: row.font, size: SIZE },
        top - PAD - j * LINE,
      );
    });
  });
  flow.page.drawLine({
    start: { x: MARGIN.left, y: top - row.height },
    end: { x: MARGIN.left + CONTENT_WIDTH, y: top - row.height },
    thickness: 0.4,
    color: INK,
  });
  flow.y = top - row.height;
};

/** Draws the table; a row that does not fit moves to a new page under a repeated header. */
export const drawTable = (
  flow: PageFlow,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void => {
  const cells = layout(columns);
  const header = layoutRow(
    flow,
    cells,
    columns.map((c) => c.title),
    true,
  );
  const body = rows.map((row) => layoutRow(flow, cells, row, false));
  flow.ensure(header.height + (body[0]?.height ?? 0));
  drawRow(flow, cells, header, true);
  for (const row of body) {
    if (flow.y - row.height < MARGIN.bottom) {
      flow.newPage();
      drawRow(flow, cells, header, true);
    }
    drawRow(flow, cells, row, false);
  }
  flow.gap(10);
};
