import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { A4, type PdfContext } from './document';
import { drawTextLine } from './text-ops';
import { cleanText, wrapText } from './text-wrap';

export const INK = rgb(0, 0, 0);
export const MUTED = rgb(0.3, 0.3, 0.3);

export const MARGIN = { left: 56, right: 56, top: 48, bottom: 56 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export type TextStyle = { font: PDFFont; size: number; color?: ReturnType<typeof rgb> };

export type ParagraphOptions = TextStyle & {
  align?: 'left' | 'center' | 'right';
  /** Left edge, absolute; defaults to the left margin. */
  x?: number;
  width?: number;
  lineHeight?: number;
};

/**
 * A cursor that flows content down A4 pages. Anything that does not fit starts a new page
 * (through onNewPage, which draws that page's running header), so text is never clipped.
 */
export class PageFlow {
  page: PDFPage;
  y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly ctx: PdfContext,
    private readonly onNewPage: (flow: PageFlow) => void = () => undefined,
  ) {
    this.page = ctx.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  newPage(): void {
    this.page = this.ctx.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
    this.onNewPage(this);
  }

  /** Makes sure `height` points fit above the bottom margin, else moves to a new page. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Draws one line with its baseline `size` below the cursor's top; does not move the cursor. */
  line(text: string, x: number, style: TextStyle, topY = this.y): void {
    drawTextLine(this.page, cleanText(text).normalize('NFC'), {
      x,
      y: topY - style.size,
      size: style.size,
      font: style.font,
      color: style.color ?? INK,
    });
  }

  /** Wraps and draws a paragraph, moving the cursor below it; splits across pages by line. */
  paragraph(text: string, options: ParagraphOptions): void {
    const x = options.x ?? MARGIN.left;
    const width = options.width ?? CONTENT_WIDTH;
    const lineHeight = options.lineHeight ?? options.size * 1.35;
    for (const text_ of wrapText(text, { font: options.font, size: options.size, width })) {
      this.ensure(lineHeight);
      const textWidth = options.font.widthOfTextAtSize(text_, options.size);
      const offset =
        options.align === 'center'
          ? (width - textWidth) / 2
          : options.align === 'right'
            ? width - textWidth
            : 0;
      this.line(text_, x + offset, options);
      this.y -= lineHeight;
    }
  }

  /** A label in bold followed on the same line by wrapped regular text. */
  labelled(label: string, value: string, bold: TextStyle, regular: TextStyle): void {
    const lineHeight = regular.size * 1.35;
    const labelWidth = bold.font.widthOfTextAtSize(`${label} `, bold.size);
    const sameLine = labelWidth < CONTENT_WIDTH * 0.6;
    const lines = wrapText(value, {
      font: regular.font,
      size: regular.size,
      width: CONTENT_WIDTH,
      firstLineWidth: sameLine ? CONTENT_WIDTH - labelWidth : CONTENT_WIDTH,
    });
    this.ensure(lineHeight);
    this.line(label, MARGIN.left, bold);
    if (!sameLine) this.y -= lineHeight;
    lines.forEach((text, index) => {
      if (index > 0) this.ensure(lineHeight);
      this.line(text, MARGIN.left + (index === 0 && sameLine ? labelWidth : 0), regular);
      this.y -= lineHeight;
    });
  }

  rule(x: number, width: number, thickness = 0.6, atY = this.y): void {
    this.page.drawLine({
      start: { x, y: atY },
      end: { x: x + width, y: atY },
      thickness,
      color: INK,
    });
  }
}
