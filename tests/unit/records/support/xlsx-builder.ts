// Builds .xlsx files by zipping SpreadsheetML by hand (fflate), so a test can make exactly the
// workbook it needs: error cells, formulas without a saved result, both date systems with any
// spelling of the flag, hidden sheets, merged cells, prefixed XML. Real Excel files carry more
// parts; these carry what readers must handle.
import { strToU8, zipSync } from 'fflate';

/** A cell: a string (inline), a number, or raw XML attributes and children. */
export type BuiltCell =
  | string
  | number
  | null
  | {
      readonly t?: string;
      readonly s?: number;
      readonly f?: string;
      readonly v?: string;
      readonly is?: string;
    };

export type BuiltSheet = {
  readonly name: string;
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  readonly rows: readonly (readonly BuiltCell[])[];
  /** 'A1:C1' ranges. */
  readonly merges?: readonly string[];
};

export type WorkbookOptions = {
  readonly sheets: readonly BuiltSheet[];
  /** The date1904 attribute exactly as written; absent: no workbookPr at all. */
  readonly date1904?: string;
};

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export const columnName = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

const cellXml = (cell: BuiltCell, ref: string): string => {
  if (cell === null) return '';
  if (typeof cell === 'string')
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(cell)}</t></is></c>`;
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  const attrs = `${cell.t ? ` t="${cell.t}"` : ''}${cell.s === undefined ? '' : ` s="${cell.s}"`}`;
  const f = cell.f === undefined ? '' : `<f>${esc(cell.f)}</f>`;
  const v = cell.v === undefined ? '' : `<v>${esc(cell.v)}</v>`;
  const is = cell.is === undefined ? '' : `<is><t>${esc(cell.is)}</t></is>`;
  return `<c r="${ref}"${attrs}>${f}${v}${is}</c>`;
};

const sheetXml = (sheet: BuiltSheet): string => {
  const rows = sheet.rows
    .map((cells, r) => {
      const inner = cells.map((c, i) => cellXml(c, `${columnName(i)}${r + 1}`)).join('');
      return `<row r="${r + 1}">${inner}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
};

/** Style 1 is a date format (numFmtId 14, "m/d/yyyy" in Excel's built-in table). */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The .xlsx bytes of a workbook with the given sheets. */
export const buildXlsx = (options: WorkbookOptions): Uint8Array => {
  const workbookPr =
    options.date1904 === undefined ? '' : `<workbookPr date1904="${options.date1904}"/>`;
  const sheets = options.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${options.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets>${sheets}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  options.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s));
  });
  return zipSync(files);
};

export const asArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
