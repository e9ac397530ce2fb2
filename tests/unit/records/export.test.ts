import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { ROLES } from '@shared/access/roles';
import { makeValidLvCode } from '@shared/personal-code/generate';
import {
  buildExportRows,
  exportColumnsFor,
  exportFileName,
  toCsv,
  toXlsx,
  type ExportSubject,
} from '@renderer/services/records/export';
import { decodeTextFile, parseCsvText, tableFromGrid } from '@renderer/services/records/import';

const CODE = makeValidLvCode('2020-01-05', 42);
const ITEM: ExportSubject = {
  subject: {
    id: 's1',
    kind: 'child',
    givenNames: 'Ūna',
    familyName: 'Šķēle',
    personalCode: CODE,
    birthDate: '2020-01-05',
    groupId: 'g1',
    enrolledOn: '2021-09-01',
    status: 'active',
    healthNotes: 'SLEPENA VESELĪBA',
  },
  groupName: 'Zīlītes',
  representatives: [
    {
      relation: 'mother',
      representative: {
        id: 'r1',
        givenNames: 'Anna',
        familyName: 'Šķēle',
        phone: '+371 20000001',
        email: 'anna@example.lv',
      },
    },
    {
      relation: 'father',
      representative: { id: 'r2', givenNames: '=HYPERLINK("x")', familyName: 'Šķēle' },
    },
  ],
};
const ids = (role: (typeof ROLES)[number]) => exportColumnsFor(role).map((c) => c.id);

describe('exportColumnsFor', () => {
  it('gives the head and the secretary everything but health', () => {
    expect(ids('head')).toContain('personalCode');
    expect(ids('head')).toContain('rep1Phone');
    expect(ids('secretary')).toEqual(ids('head'));
  });

  it('gives roles without records.export no columns at all', () => {
    for (const role of [
      'teacher',
      'nurse',
      'accountant',
      'methodologist',
      'socialWorker',
    ] as const) {
      expect(ids(role)).toEqual([]);
    }
  });

  it('never offers a health column to anyone', () => {
    for (const role of ROLES)
      expect(exportColumnsFor(role).map((c) => c.category)).not.toContain('health');
  });
});

describe('buildExportRows', () => {
  it('writes only the columns passed, with Latvian dates and the code formatted', () => {
    const table = buildExportRows([ITEM], exportColumnsFor('head'), { country: 'LV' });
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
    expect(row).toMatchObject({
      familyName: 'Šķēle',
      givenNames: 'Ūna',
      personalCode: `${CODE.slice(0, 6)}-${CODE.slice(6)}`,
      birthDate: '05.01.2020',
      group: 'Zīlītes',
      enrolledOn: '01.09.2021',
      leftOn: '',
      rep1Name: 'Anna Šķēle',
      rep1Relation: 'mother',
      rep1Phone: '+371 20000001',
      rep2Phone: '',
    });
    expect(JSON.stringify(table)).not.toContain('VESELĪBA');
  });

  it('leaves out identifiers and contacts when the caller filtered them out', () => {
    const columns = exportColumnsFor('head').filter((c) => c.category === 'core');
    const table = buildExportRows([ITEM], columns, { country: 'LV', header: (c) => `H:${c.id}` });
    expect(table.header[0]).toBe('H:familyName');
    expect(JSON.stringify(table)).not.toMatch(
      new RegExp(`${CODE.slice(0, 6)}|2000000|example\\.lv`),
    );
  });
});

describe('toCsv', () => {
  const csv = toCsv(buildExportRows([ITEM], exportColumnsFor('head'), { country: 'LV' }));

  it('starts with a BOM, uses ; and CRLF, and round-trips through the importer', () => {
    expect(csv.startsWith('\uFEFFfamilyName;givenNames;')).toBe(true);
    expect(csv).toContain('\r\n');
    const decoded = decodeTextFile(new TextEncoder().encode(csv));
    expect(decoded.bom).toBe(true);
    const parsed = parseCsvText(decoded.text);
    expect(parsed.delimiter).toBe(';');
    const row = tableFromGrid(parsed.grid).rows[0];
    expect(row?.cells['familyName']?.text).toBe('Šķēle');
    expect(row?.cells['rep1Phone']?.text).toBe('+371 20000001');
  });

  it('defuses a formula but leaves phone numbers alone', () => {
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toContain(`'+371`);
  });
});

describe('toXlsx', () => {
  it('writes a sheet the reader gets the same text back from', async () => {
    const table = buildExportRows([ITEM], exportColumnsFor('secretary'), { country: 'LV' });
    const blob = await toXlsx(table);
    const rows = await readSheet(Buffer.from(await blob.arrayBuffer()));
    expect(rows[0]).toEqual(table.header);
    expect(rows[1]?.slice(0, 4)).toEqual([
      'Šķēle',
      'Ūna',
      `${CODE.slice(0, 6)}-${CODE.slice(6)}`,
      '05.01.2020',
    ]);
  });
});

describe('exportFileName', () => {
  it('carries the date, not a person', () => {
    expect(exportFileName('csv', '2026-11-24')).toBe('saraksts-2026-11-24.csv');
    expect(exportFileName('xlsx', '2026-11-24', 'grupas-saraksts')).toBe(
      'grupas-saraksts-2026-11-24.xlsx',
    );
  });
});
