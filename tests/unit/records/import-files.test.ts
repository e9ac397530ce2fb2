import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { readSheet } from 'read-excel-file/node';
import {
  decodeTextFile,
  parseCsvFile,
  parseCsvText,
  importTableOf,
  parseXlsxFile,
  readImportSource,
  tableFromGrid,
  type ImportRow,
  type XlsxCell,
} from '@renderer/services/records/import';
import { encodeWindows1257, utf16leWithBom, utf8WithBom } from './support/encode';

const CSV_LV =
  'Vārds;Uzvārds;Personas kods;Grupa\r\nŪna;Šķēle;010119-21234;Zīlītes\r\nĢirts;Ozoliņš;;Mārītes\r\n';

describe('decodeTextFile', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const decoded = decodeTextFile(utf8WithBom('Ūzuliņa'));
    expect(decoded).toEqual({ text: 'Ūzuliņa', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeTextFile(new TextEncoder().encode('Šķēle')).text).toBe('Šķēle');
  });

  it('falls back to Windows-1257 when the bytes are not valid UTF-8', () => {
    const bytes = encodeWindows1257('Ūzuliņa;Šķēle;Žīgure;Ąžuolas;Ėglė');
    const decoded = decodeTextFile(bytes);
    expect(decoded.encoding).toBe('windows-1257');
    expect(decoded.text).toBe('Ūzuliņa;Šķēle;Žīgure;Ąžuolas;Ėglė');
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const decoded = decodeTextFile(utf16leWithBom('Vārds\tUzvārds'));
    expect(decoded).toEqual({ text: 'Vārds\tUzvārds', encoding: 'utf-16le', bom: true });
  });
});

const csvTable = (text: string) => tableFromGrid(parseCsvText(text).grid);
const values = (row: ImportRow | undefined) =>
  Object.fromEntries(Object.entries(row?.cells ?? {}).map(([h, c]) => [h, c.text.trim()]));

describe('parseCsvText', () => {
  it('detects the semicolon and keys rows by header, numbered as the spreadsheet shows them', () => {
    expect(parseCsvText(CSV_LV).delimiter).toBe(';');
    const table = csvTable(CSV_LV);
    expect(table.headers).toEqual(['Vārds', 'Uzvārds', 'Personas kods', 'Grupa']);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(table.rows.map(values)).toEqual([
      { Vārds: 'Ūna', Uzvārds: 'Šķēle', 'Personas kods': '010119-21234', Grupa: 'Zīlītes' },
      { Vārds: 'Ģirts', Uzvārds: 'Ozoliņš', 'Personas kods': '', Grupa: 'Mārītes' },
    ]);
  });

  it('detects the comma and honours quotes', () => {
    const text = 'Name,Surname,Note\n"Anna, Marija",  Bērziņa ,"say ""hi"""\n';
    expect(parseCsvText(text).delimiter).toBe(',');
    expect(values(csvTable(text).rows[0])).toEqual({
      Name: 'Anna, Marija',
      Surname: 'Bērziņa',
      Note: 'say "hi"',
    });
  });

  it('makes repeated and empty headers unique; blank lines are dropped but still counted', () => {
    const table = csvTable('Tālrunis;;Tālrunis\n1;2;3\n;;\n\n4;5;6\n');
    expect(table.headers).toEqual(['Tālrunis', '#2', 'Tālrunis (2)']);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('refuses an empty file', () => {
    expect(() => parseCsvText('')).toThrow(/records.import.errors.notTable.empty/);
  });
});

describe('parseCsvFile', () => {
  it('parses a Windows-1257 file from Baltic Excel', () => {
    const parsed = parseCsvFile(encodeWindows1257(CSV_LV));
    expect(parsed.encoding).toBe('windows-1257');
    const table = tableFromGrid(parsed.grid);
    expect(values(table.rows[0])['Uzvārds']).toBe('Šķēle');
    expect(values(table.rows[1])['Vārds']).toBe('Ģirts');
  });

  it('parses a UTF-8 BOM file', () => {
    const parsed = parseCsvFile(utf8WithBom(CSV_LV));
    expect(parsed.encoding).toBe('utf-8');
    expect(tableFromGrid(parsed.grid).headers[0]).toBe('Vārds');
  });
});

const makeXlsx = async (): Promise<ArrayBuffer> => {
  const blob = await writeXlsxFile(
    [
      ['Vārds', 'Uzvārds', 'Personas kods', 'Dzimšanas datums'],
      ['Ūna', 'Šķēle', '010119-21234', new Date(Date.UTC(2019, 0, 1))],
      ['Jānis', 'Bērziņš', 1011921234, null],
    ],
    { dateFormat: 'dd.mm.yyyy' },
  ).toBlob();
  return blob.arrayBuffer();
};

describe('parseXlsxFile', () => {
  it('reads a sheet with the browser entry: strings, dates as ISO, whole numbers as digits', async () => {
    const x = await parseXlsxFile(await makeXlsx());
    const table = tableFromGrid(x.grid);
    expect(table.headers).toEqual(['Vārds', 'Uzvārds', 'Personas kods', 'Dzimšanas datums']);
    expect(values(table.rows[0])).toEqual({
      Vārds: 'Ūna',
      Uzvārds: 'Šķēle',
      'Personas kods': '010119-21234',
      'Dzimšanas datums': '2019-01-01',
    });
    expect(table.rows[0]?.cells['Dzimšanas datums']?.kind).toBe('date');
    expect(values(table.rows[1])['Personas kods']).toBe('1011921234');
  });

  it('accepts another reader (the node entry) through the adapter', async () => {
    const nodeReader = async (input: ArrayBuffer, sheet: string): Promise<XlsxCell[][]> =>
      (await readSheet(Buffer.from(input), sheet)) as XlsxCell[][];
    const x = await parseXlsxFile(await makeXlsx(), { reader: nodeReader });
    expect(values(tableFromGrid(x.grid).rows[0])['Uzvārds']).toBe('Šķēle');
  });

  it('turns a broken file into a validation error that quotes nothing', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]).buffer;
    await expect(parseXlsxFile(broken)).rejects.toMatchObject({
      code: 'validation',
      i18nKey: 'records.import.errors.unreadableXlsx',
    });
  });
});

describe('readImportSource', () => {
  it('tells XLSX from CSV by content', async () => {
    const xlsx = await readImportSource(await makeXlsx());
    expect(xlsx.format).toBe('xlsx');
    expect(importTableOf(xlsx).rows).toHaveLength(2);
    const csv = await readImportSource(encodeWindows1257(CSV_LV).buffer as ArrayBuffer);
    expect(values(importTableOf(csv).rows[0])['Vārds']).toBe('Ūna');
  });

  it('refuses the legacy binary .xls format (and password-protected workbooks) by name', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).buffer;
    await expect(readImportSource(xls)).rejects.toMatchObject({
      i18nKey: 'records.import.errors.notTable.legacyOffice',
    });
  });
});
