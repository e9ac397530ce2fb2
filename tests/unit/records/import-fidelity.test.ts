// Import fidelity: each example file of issue 12 (tests/fixtures/import) and more cases of the
// same kinds built here. A value the file does not give, a date read the wrong way round or a
// header in the wrong place must never become a stored record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildImportPreview,
  guessColumnMapping,
  importTableOf,
  readImportSource,
  type DateOrder,
  type ImportPreview,
  type ImportSource,
} from '@renderer/services/records/import';
import { makeValidLvCode } from '@shared/personal-code/generate';
import { asArrayBuffer, buildXlsx, type BuiltSheet } from './support/xlsx-builder';

const TODAY = '2026-11-24';
const GROUPS = { Zīlītes: 'g-zil', Mārītes: 'g-mar' };
const fixture = (name: string): ArrayBuffer =>
  asArrayBuffer(
    new Uint8Array(readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url))),
  );
const text = (s: string): ArrayBuffer => asArrayBuffer(new TextEncoder().encode(s));

const previewOf = async (
  source: ImportSource,
  options: { headerRow?: number; dateOrder?: DateOrder } = {},
): Promise<ImportPreview> => {
  const table = importTableOf(source, options.headerRow);
  return buildImportPreview(table, guessColumnMapping(table.headers), {
    country: 'LV',
    today: TODAY,
    groupsByName: GROUPS,
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  });
};
const read = async (bytes: ArrayBuffer, sheet?: string) =>
  readImportSource(bytes, sheet === undefined ? {} : { sheet });
const codes = (p: ImportPreview, index = 0) =>
  p.rows[index]?.problems.map((x) => `${x.code}@${x.field ?? ''}`);
const xlsx = (sheets: BuiltSheet[], date1904?: string) =>
  asArrayBuffer(buildXlsx({ sheets, ...(date1904 === undefined ? {} : { date1904 }) }));
const HEAD = ['Vārds', 'Uzvārds', 'Personas kods', 'Dzimšanas datums', 'Grupa'];

describe('cells that could not be read are not empty cells', () => {
  it('error-cells.xlsx: #N/A in code and group makes row 2 an error naming both columns', async () => {
    const p = await previewOf(await read(fixture('error-cells.xlsx')));
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ rowNumber: 2, status: 'error', label: 'Anna Bērziņa' });
    expect(p.rows[0]?.subject).toBeUndefined();
    expect(p.rows[0]?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'cell.error', field: 'personalCode', cellError: '#N/A' }),
        expect.objectContaining({ code: 'cell.error', field: 'group', cellError: '#N/A' }),
      ]),
    );
  });

  it.each(['#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#SPILL!'])(
    'an error cell %s in a name column is an error, not a missing name',
    async (code) => {
      const bytes = xlsx([
        { name: 'S', rows: [HEAD, [{ t: 'e', f: 'X()', v: code }, 'Bērziņa', null, null, null]] },
      ]);
      const p = await previewOf(await read(bytes));
      expect(codes(p)).toContain('cell.error@givenNames');
      expect(p.rows[0]?.problems.find((x) => x.code === 'cell.error')?.cellError).toBe(code);
    },
  );

  it('a formula saved without its result is an error, string or numeric', async () => {
    const bytes = xlsx([
      {
        name: 'S',
        rows: [
          HEAD,
          ['Anna', { t: 'str', f: 'CONCAT(A1,B1)' }, null, null, null],
          ['Jānis', 'Kalniņš', { f: 'VLOOKUP(A3,K!A:B,2,0)' }, null, null],
          ['Ilze', 'Ozola', null, { s: 1, f: 'DATE(2020,3,15)' }, null],
        ],
      },
    ]);
    const p = await previewOf(await read(bytes));
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'error', 'error']);
    expect(codes(p, 0)).toContain('cell.noCachedValue@familyName');
    expect(codes(p, 1)).toContain('cell.noCachedValue@personalCode');
    expect(codes(p, 2)).toContain('cell.noCachedValue@birthDate');
  });

  it('a boolean where a value is expected is a cell type the import does not read', async () => {
    const bytes = xlsx([
      { name: 'S', rows: [HEAD, ['Anna', 'Bērziņa', { t: 'b', v: '1' }, null, null]] },
    ]);
    expect(codes(await previewOf(await read(bytes)))).toContain('cell.unsupported@personalCode');
  });

  // The reader (read-excel-file) refuses a whole workbook at the first cell it cannot parse;
  // each such cell must instead be an error on its own row naming the column, and the other
  // rows read as usual.
  it.each([
    ['an unknown type attribute', { t: 'zz', v: '5' }, '5'],
    ['TRUE/FALSE stored as 2', { t: 'b', v: '2' }, '2'],
    ['a number cell holding text', { v: '12O315-1O234' }, '12O315-1O234'],
    ['a shared string past the table', { t: 's', v: '99' }, '99'],
    ['an ISO date cell that is not a date', { t: 'd', v: '2020-13-45' }, '2020-13-45'],
    ['a style past the style table', { s: 7, v: '5' }, '5'],
  ])('%s is an error on its row only, not an unreadable file', async (_kind, cell, shown) => {
    const code = makeValidLvCode('2020-03-15', 1);
    const bytes = xlsx([
      {
        name: 'S',
        rows: [
          HEAD,
          ['Anna', 'Bērziņa', cell, null, 'Zīlītes'],
          ['Jānis', 'Kalniņš', code, null, 'Zīlītes'],
        ],
      },
    ]);
    const source = await read(bytes);
    const p = await previewOf(source);
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'ok']);
    expect(codes(p, 0)).toContain('cell.unsupported@personalCode');
    expect(p.rows[0]?.subject).toBeUndefined();
    expect(source.grid[1]?.cells[2]).toEqual({ text: shown, kind: 'unsupported' });
    expect(p.rows[1]?.subject?.personalCode).toBe(code);
  });

  it('a formula WITH a saved result is read as its result', async () => {
    const code = makeValidLvCode('2020-03-15', 1);
    const bytes = xlsx([
      {
        name: 'S',
        rows: [HEAD, ['Anna', 'Bērziņa', { t: 'str', f: 'X()', v: code }, null, 'Zīlītes']],
      },
    ]);
    const p = await previewOf(await read(bytes));
    expect(p.rows[0]).toMatchObject({ status: 'ok', subject: { personalCode: code } });
  });
});

describe('dates are decided as a column', () => {
  it('month-first-dates.csv: 3/15/2020 proves month-first; 2/1/2021 is 1 February; 9/1/2023 follows the file', async () => {
    const p = await previewOf(await read(fixture('month-first-dates.csv')));
    expect(p.dates.needsChoice).toBe(false);
    expect(
      p.rows.map((r) => [r.rowNumber, r.status, r.subject?.birthDate, r.subject?.enrolledOn]),
    ).toEqual([
      [2, 'ok', '2020-03-15', '2023-09-01'],
      [3, 'ok', '2021-02-01', '2023-09-01'],
    ]);
    expect(p.dates.columns.map((c) => [c.field, c.order, c.source])).toEqual([
      ['birthDate', 'MDY', 'values'],
      ['enrolledOn', 'MDY', 'file'],
    ]);
    expect(p.counts.adjusted).toBe(2);
    expect(codes(p, 1)).toContain('date.readMonthFirst@birthDate');
  });

  it('month-first with dashes and a time part, day-first with slashes', async () => {
    const mdy = await previewOf(
      await read(
        text(
          'Vārds,Uzvārds,Dzimšanas datums\nAnna,Liepa,03-25-2021 0:00\nJānis,Ozols,04-05-2021 12:00 AM\n',
        ),
      ),
    );
    expect(mdy.rows.map((r) => r.subject?.birthDate)).toEqual(['2021-03-25', '2021-04-05']);
    const dmy = await previewOf(
      await read(
        text('Vārds;Uzvārds;Dzimšanas datums\nAnna;Liepa;25/03/2021\nJānis;Ozols;04/05/2021\n'),
      ),
    );
    expect(dmy.rows.map((r) => r.subject?.birthDate)).toEqual(['2021-03-25', '2021-05-04']);
    const dotted = await previewOf(
      await read(text('Vārds;Uzvārds;Dzimšanas datums\nJānis;Ozols;04.05.2021\n')),
    );
    expect(dotted.rows[0]?.subject?.birthDate).toBe('2021-05-04');
    expect(dotted.dates.columns[0]?.source).toBe('separator');
  });

  it('with no proof anywhere it asks, shows two rows read both ways, and stores nothing until told', async () => {
    const csv = text(
      'Vārds,Uzvārds,Dzimšanas datums\nAnna,Liepa,2/1/2021\nJānis,Ozols,4/5/2021\nIlze,Kalna,7/7/2021\n',
    );
    const p = await previewOf(await read(csv));
    expect(p.dates.needsChoice).toBe(true);
    expect(p.dates.examples).toEqual([
      {
        rowNumber: 2,
        header: 'Dzimšanas datums',
        text: '2/1/2021',
        dayFirst: '2021-01-02',
        monthFirst: '2021-02-01',
      },
      {
        rowNumber: 3,
        header: 'Dzimšanas datums',
        text: '4/5/2021',
        dayFirst: '2021-05-04',
        monthFirst: '2021-04-05',
      },
    ]);
    expect(p.rows.map((r) => r.status)).toEqual(['error', 'error', 'ok']);
    expect(codes(p)).toEqual(['date.orderAmbiguous@birthDate']);
    const chosen = await previewOf(await read(csv), { dateOrder: 'MDY' });
    expect(chosen.rows.map((r) => r.subject?.birthDate)).toEqual([
      '2021-02-01',
      '2021-04-05',
      '2021-07-07',
    ]);
  });

  it('a column with both orders is a conflict: asked, and the rows the answer cannot read are errors', async () => {
    const csv = text(
      'Vārds,Uzvārds,Dzimšanas datums\nAnna,Liepa,3/15/2020\nJānis,Ozols,15/3/2020\n',
    );
    const p = await previewOf(await read(csv));
    expect(p.dates.columns[0]).toMatchObject({ conflict: true, order: undefined });
    const chosen = await previewOf(await read(csv), { dateOrder: 'MDY' });
    expect(chosen.rows.map((r) => r.status)).toEqual(['ok', 'error']);
    expect(codes(chosen, 1)).toEqual(['date.invalid@birthDate']);
  });

  it('a birth date before 1900 or in the future is an error on its row', async () => {
    const p = await previewOf(
      await read(
        text('Vārds;Uzvārds;Dzimšanas datums\nA;B;31.12.1899\nC;D;01.01.2027\nE;F;01.01.1900\n'),
      ),
    );
    expect(p.rows.map((r) => codes(p, p.rows.indexOf(r)))).toEqual([
      ['date.before1900@birthDate'],
      ['date.future@birthDate'],
      [],
    ]);
  });
});

describe('the workbook date system', () => {
  const dateSheet = (serial: number): BuiltSheet[] => [
    { name: 'S', rows: [HEAD, ['Anna', 'Bērziņa', null, { s: 1, v: String(serial) }, null]] },
  ];
  it.each([
    [undefined, 43905, '2020-03-15'],
    ['0', 43905, '2020-03-15'],
    ['false', 43905, '2020-03-15'],
    ['1', 42443, '2020-03-15'],
    ['true', 42443, '2020-03-15'],
    [' true ', 42443, '2020-03-15'],
  ])('date1904=%j: serial %i is %s', async (flag, serial, iso) => {
    const source = await read(xlsx(dateSheet(serial), flag));
    expect(source.dateSystem).toBe(
      flag !== undefined && ['1', 'true'].includes(flag.trim()) ? 1904 : 1900,
    );
    const p = await previewOf(source);
    expect(p.rows[0]?.subject?.birthDate).toBe(iso);
  });

  it('a 1904 serial misread as 1900 would be four years early; a future result is an error', async () => {
    const p = await previewOf(await read(xlsx(dateSheet(46000), 'true')));
    expect(codes(p)).toEqual(['date.future@birthDate']);
  });
});

describe('the header is where the user says it is', () => {
  it('sep-hint-first-line.csv: the sep=; line is honoured and not a row', async () => {
    const source = await read(fixture('sep-hint-first-line.csv'));
    expect(source).toMatchObject({ delimiter: ';', sepHint: true });
    const table = importTableOf(source);
    expect(table.headerRow).toBe(1);
    const p = await previewOf(source);
    expect(p.rows[0]).toMatchObject({
      rowNumber: 2,
      status: 'ok',
      subject: { birthDate: '2020-03-15', groupId: 'g-zil' },
    });
  });

  it.each([
    ['sep=,\nVārds,Uzvārds;x,Grupa\nAnna,Liepa;y,Zīlītes\n', ','],
    ['"sep=;"\r\nVārds;Uzvārds, jr;Grupa\r\nAnna;Liepa, jr;Zīlītes\r\n', ';'],
    ['SEP=\t\nVārds\tUzvārds\tGrupa\nAnna\tLiepa\tZīlītes\n', '\t'],
  ])('sep hint %#', async (csv, delimiter) => {
    const source = await read(text(csv));
    expect(source.delimiter).toBe(delimiter);
    const p = await previewOf(source);
    expect(p.rows[0]).toMatchObject({
      rowNumber: 2,
      subject: { givenNames: 'Anna', groupId: 'g-zil' },
    });
  });

  it('title-row-above-header.csv: the title is skipped, the delimiter comes from the data', async () => {
    const source = await read(fixture('title-row-above-header.csv'));
    expect(source.delimiter).toBe(',');
    expect(importTableOf(source).headerRow).toBe(2);
    const p = await previewOf(source);
    expect(p.rows[0]).toMatchObject({
      rowNumber: 3,
      status: 'ok',
      subject: { familyName: 'Bērziņa', groupId: 'g-zil' },
    });
  });

  it('a semicolon title over comma data, and two title lines with a blank line', async () => {
    const a = await read(text('Saraksts; 2026./2027.\nVārds,Uzvārds,Grupa\nAnna,Liepa,Zīlītes\n'));
    expect(a.delimiter).toBe(',');
    expect((await previewOf(a)).rows[0]).toMatchObject({ rowNumber: 3, status: 'ok' });
    const b = await read(
      text(
        'PII «Saulīte»\nGrupu saraksts, 2026\n\nVārds;Uzvārds;Grupa\nAnna;Liepa;Mārītes\nJānis;Ozols;Zīlītes\n',
      ),
    );
    expect(importTableOf(b).headerRow).toBe(4);
    expect((await previewOf(b)).rows.map((r) => r.rowNumber)).toEqual([5, 6]);
  });

  it('the user can name the header row', async () => {
    const source = await read(text('Vārds;Uzvārds\nVārds;Uzvārds;Grupa\nAnna;Liepa;Zīlītes\n'));
    const p = await previewOf(source, { headerRow: 2 });
    expect(p.rows[0]).toMatchObject({ rowNumber: 3, subject: { groupId: 'g-zil' } });
  });

  it('hidden and very hidden sheets are not the default; every sheet is listed', async () => {
    const bytes = xlsx([
      {
        name: 'Kodi',
        state: 'hidden',
        rows: [
          ['x', 'y'],
          ['1', '2'],
        ],
      },
      {
        name: 'Slēpta',
        state: 'veryHidden',
        rows: [
          ['x', 'y'],
          ['1', '2'],
        ],
      },
      { name: 'Bērni', rows: [HEAD, ['Anna', 'Liepa', null, null, 'Zīlītes']] },
    ]);
    const source = await read(bytes);
    expect(source.sheet).toBe('Bērni');
    expect(source.sheets).toEqual([
      { name: 'Kodi', hidden: true },
      { name: 'Slēpta', hidden: true },
      { name: 'Bērni', hidden: false },
    ]);
    expect((await read(bytes, 'Kodi')).grid[1]?.cells[0]?.text).toBe('1');
    await expect(read(bytes, 'Nav')).rejects.toMatchObject({
      i18nKey: 'records.import.errors.sheetNotFound',
    });
  });

  it('merged header cells: a title over its column titles reads as two header rows', async () => {
    const bytes = xlsx([
      {
        name: 'S',
        rows: [
          ['Bērns', null, 'Māte', null],
          ['Vārds', 'Uzvārds', 'Vārds, uzvārds', 'Tālrunis'],
          ['Anna', 'Liepa', 'Ilze Liepa', '+371 29111111'],
        ],
        merges: ['A1:B1', 'C1:D1'],
      },
    ]);
    const table = importTableOf(await read(bytes));
    expect(table.headers).toEqual([
      'Bērns Vārds',
      'Bērns Uzvārds',
      'Māte Vārds, uzvārds',
      'Māte Tālrunis',
    ]);
    const mapping = guessColumnMapping(table.headers);
    expect(mapping.columns).toMatchObject({
      'rep1.fullName': 'Māte Vārds, uzvārds',
      'rep1.phone': 'Māte Tālrunis',
    });
    const p = await buildImportPreview(table, mapping, {
      country: 'LV',
      today: TODAY,
      groupsByName: GROUPS,
    });
    expect(p.rows[0]).toMatchObject({
      rowNumber: 3,
      status: 'ok',
      representatives: [{ relation: 'mother', givenNames: 'Ilze' }],
    });
  });

  it('a value merged down over several rows is shown as adjusted on each', async () => {
    const bytes = xlsx([
      {
        name: 'S',
        rows: [
          ['Vārds', 'Uzvārds', 'Grupa'],
          ['Anna', 'Liepa', 'Zīlītes'],
          ['Jānis', 'Ozols', null],
        ],
        merges: ['C2:C3'],
      },
    ]);
    const p = await previewOf(await read(bytes));
    expect(p.rows.map((r) => r.subject?.groupId)).toEqual(['g-zil', 'g-zil']);
    expect(codes(p, 1)).toEqual(['cell.mergedValue@group']);
  });
});

describe('normalise, then check', () => {
  it('line-break-inside-cell.csv: a break is a space in a name and a separator in a phone list', async () => {
    const p = await previewOf(await read(fixture('line-break-inside-cell.csv')));
    expect(p.rows[0]).toMatchObject({
      rowNumber: 2,
      status: 'ok',
      adjusted: true,
      subject: { givenNames: 'Anna Marija', familyName: 'Bērziņa', groupId: 'g-zil' },
      representatives: [{ relation: 'mother', phone: '29111111, 29222222' }],
    });
    expect(codes(p)).toEqual([
      'text.lineBreakJoined@givenNames',
      'text.lineBreakAsList@rep1.phone',
    ]);
  });

  it('CRLF and Unicode line separators inside cells, in family names and groups', async () => {
    const csv =
      'Vārds;Uzvārds;Grupa;Māte;Mātes tālrunis\r\nAnna;"Bērziņa-\r\nKalniņa";"Zīlītes\r\n";Ilze Liepa;"+371 29111111\u2028+371 29222222"\r\n';
    const p = await previewOf(await read(text(csv)));
    expect(codes(p)).toEqual([
      'text.lineBreakJoined@familyName',
      'text.lineBreakAsList@rep1.phone',
    ]);
    expect(p.rows[0]?.subject).toMatchObject({ familyName: 'Bērziņa- Kalniņa', groupId: 'g-zil' });
    expect(p.rows[0]?.representatives[0]?.phone).toBe('+371 29111111, +371 29222222');
  });

  it('NFD names become NFC; fullwidth digits and odd dashes in codes become the canonical code', async () => {
    const code = makeValidLvCode('2020-03-15', 7);
    const fullwidth = `${code.slice(0, 6)}－${code.slice(6)}`.replace(/\d/gu, (c) =>
      String.fromCodePoint(0xff10 + Number(c)),
    );
    const csv = `Vārds;Uzvārds;Personas kods\n${'Ņina'.normalize('NFD')};${'Bērziņa'.normalize('NFD')};${fullwidth}\nAnna;Liepa;${code.slice(0, 6)}\u2212${code.slice(6)}\n`;
    const p = await previewOf(await read(text(csv)));
    expect(p.rows[0]?.subject).toMatchObject({
      givenNames: 'Ņina',
      familyName: 'Bērziņa',
      personalCode: code,
    });
    expect(p.rows[0]?.subject?.givenNames).toBe('Ņina'.normalize('NFC'));
    expect(codes(p)).toEqual(['personalCode.canonicalized@personalCode']);
    expect(p.rows[1]).toMatchObject({ status: 'error' });
    expect(codes(p, 1)).toEqual([
      'personalCode.canonicalized@personalCode',
      'duplicate.inFile@personalCode',
    ]);
  });

  it('names the form cannot print are row errors; combining marks are fine', async () => {
    const csv =
      'Vārds;Uzvārds;Mātes vārds, uzvārds\nAnna;Liepa;Wang Fang 王芳\nمريم;Liepa;\nAnna;כהן;\nआरव;Liepa;\nM\u0302aria;Liepa;\n';
    const p = await previewOf(await read(text(csv)));
    expect(
      p.rows.map((r) =>
        p.rows[p.rows.indexOf(r)]?.problems.map((x) => `${x.code}:${x.reason ?? ''}`),
      ),
    ).toEqual([
      ['name.notPrintable:glyph'],
      ['name.notPrintable:script'],
      ['name.notPrintable:script'],
      ['name.notPrintable:script'],
      [],
    ]);
  });
});

describe('a file that is not a table says exactly that', () => {
  it.each([
    [new Uint8Array([]), 'empty'],
    [new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image'],
    [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image'],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'legacyOffice'],
    [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'binary'],
    [new TextEncoder().encode('Dear parents,\nthe meeting is on Monday.\n'), 'oneColumn'],
    [new TextEncoder().encode('\r\n\r\n  \r\n'), 'empty'],
  ])('%#: %s', async (bytes, reason) => {
    await expect(read(asArrayBuffer(bytes))).rejects.toMatchObject({
      code: 'validation',
      i18nKey: `records.import.errors.notTable.${reason}`,
    });
  });

  it('a Word document or an OpenDocument file in a ZIP is named', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const docx = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    });
    await expect(read(asArrayBuffer(docx))).rejects.toMatchObject({
      i18nKey: 'records.import.errors.notTable.word',
    });
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    await expect(read(asArrayBuffer(ods))).rejects.toMatchObject({
      i18nKey: 'records.import.errors.notTable.openDocument',
    });
  });
});
