// The qrcode package's pure encoder. Imported directly because the package entry (and its
// @types) pull in Node streams and canvas renderers that shared/ must not depend on.
declare module 'qrcode/lib/core/qrcode.js' {
  type BitMatrix = { size: number; get(row: number, col: number): number };
  type QrCode = { modules: BitMatrix; version: number };
  const core: {
    create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrCode;
  };
  export default core;
}
