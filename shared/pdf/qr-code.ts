import qrcodeCore from 'qrcode/lib/core/qrcode.js';
import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';

// The QR code is drawn as vector rectangles from the module matrix (no canvas, no image), so it
// prints sharply at any size and works in node, the renderer and the main process alike.

export type QrMatrix = { size: number; isDark(row: number, col: number): boolean };

export const qrMatrix = (text: string): QrMatrix => {
  const { modules } = qrcodeCore.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
};

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Draws the QR code of `text` with its top-left corner at (x, top) and the given side length.
 * One transformation maps module units to points (y flipped, so rows go down); each dark run
 * of a row is then an integer rectangle, and all of them are one path filled once. Short
 * integer operands keep a form's QR code to a few hundred compressed bytes.
 */
export const drawQrCode = (page: PDFPage, text: string, x: number, top: number, side: number) => {
  const matrix = qrMatrix(text);
  const cell = round(side / matrix.size);
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    concatTransformationMatrix(cell, 0, 0, -cell, round(x), round(top)),
    setFillingGrayscaleColor(0),
  ];
  for (let row = 0; row < matrix.size; row += 1) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col += 1;
      ops.push(rectangle(start, row, col - start, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
};
