import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { ROLES } from '@shared/access/roles';
import { RELATIONS, SUBJECT_STATUSES } from '@shared/domain/types';
import { makeValidLvCode } from '@shared/personal-code/generate';
import {
  buildExportRows,
  exportColumnsFor,
  exportFileName,
  toCsv,
  toJsonExport,
  toXlsx,
  type ExportSubject,
} from '@renderer/services/records/export';
import { decodeTextFile, parseCsvText, tableFromGrid } from '@renderer/services/records/import';
import { translator } from './support/translate';

const LV = { country: 'LV', locale: 'lv', translate: translator('lv') } as const;
/** Column ids as headers, to read rows by id; values still in Latvian. */
const BY_ID = { ...LV, translate: (key: string) => key.replace('records.export.columns.', '') };

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
    const table = buildExportRows([ITEM], exportColumnsFor('head'), {
      ...BY_ID,
      translate: (key) =>
        key.startsWith('records.') ? key.replace('records.export.columns.', '') : LV.translate(key),
    });
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
      rep1Relation: 'Māte',
      status: 'Aktīvs',
      rep1Phone: '+371 20000001',
      rep2Phone: '',
    });
    expect(JSON.stringify(table)).not.toContain('VESELĪBA');
  });

  it('leaves out identifiers and contacts when the caller filtered them out', () => {
    const columns = exportColumnsFor('head').filter((c) => c.category === 'core');
    const table = buildExportRows([ITEM], columns, LV);
    expect(table.header[0]).toBe('Uzvārds');
    expect(JSON.stringify(table)).not.toMatch(
      new RegExp(`${CODE.slice(0, 6)}|2000000|example\\.lv`),
    );
  });
});

describe('toCsv', () => {
  const csv = toCsv(buildExportRows([ITEM], exportColumnsFor('head'), BY_ID));

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
    const table = buildExportRows([ITEM], exportColumnsFor('secretary'), LV);
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

describe("exports speak the user's language; the JSON export keeps the codes", () => {
  it.each([
    ['lv', 'Statuss', 'Aktīvs', 'Māte', 'Tēvs', '05.01.2020'],
    ['lt', 'Būsena', 'Aktyvus', 'Motina', 'Tėvas', '2020-01-05'],
    ['en', 'Status', 'Active', 'Mother', 'Father', '05/01/2020'],
  ] as const)(
    '%s: every coded value and date in the UI language',
    (lang, statusHeader, status, mother, father, birth) => {
      const t = translator(lang);
      const table = buildExportRows([ITEM], exportColumnsFor('head'), {
        country: 'LV',
        locale: lang,
        translate: t,
      });
      const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]?.[i]]));
      expect(row[statusHeader]).toBe(status);
      expect(Object.values(row)).toEqual(expect.arrayContaining([mother, father, birth]));
      // No machine code anywhere in a file people open (the Lithuanian date form is ISO itself).
      expect(JSON.stringify(table)).not.toMatch(/"(active|mother|father)"/u);
    },
  );

  it.each(['lv', 'lt', 'en'] as const)(
    '%s: every status and relation is a label, and a client has the words of the social office',
    (lang) => {
      const t = translator(lang);
      const options = { country: 'LV', locale: lang, translate: t } as const;
      const statusColumn = exportColumnsFor('head').filter((c) => c.id === 'status');
      const relationColumn = exportColumnsFor('head').filter((c) => c.id === 'rep1Relation');
      for (const kind of ['child', 'client'] as const) {
        for (const status of SUBJECT_STATUSES) {
          const item = { ...ITEM, subject: { ...ITEM.subject, kind, status } };
          const [cell] = buildExportRows([item], statusColumn, options).rows[0] ?? [];
          const word = t(`subjects.status.${status}`, kind === 'client' ? 'client' : undefined);
          expect(cell).toBe(word);
          expect(cell).not.toBe(status);
        }
      }
      const clientLeft = { ...ITEM, subject: { ...ITEM.subject, kind: 'client', status: 'left' } };
      const childLeft = { ...ITEM, subject: { ...ITEM.subject, status: 'left' } };
      expect(
        buildExportRows([clientLeft as ExportSubject], statusColumn, options).rows,
      ).not.toEqual(buildExportRows([childLeft as ExportSubject], statusColumn, options).rows);
      for (const relation of RELATIONS) {
        const item = {
          ...ITEM,
          representatives: [
            { ...ITEM.representatives[0], relation },
          ] as ExportSubject['representatives'],
        };
        const [cell] = buildExportRows([item], relationColumn, options).rows[0] ?? [];
        expect(cell).toBe(t(`subjects.relation.${relation}`));
        expect(cell).not.toBe(relation);
      }
    },
  );

  it("the JSON export carries codes, ISO dates and the 11-digit code, only in the role's columns", () => {
    const json = JSON.parse(toJsonExport([ITEM], exportColumnsFor('head'), '2026-11-24')) as {
      format: string;
      subjects: Record<string, unknown>[];
    };
    expect(json.format).toBe('piekrisanu-registrs/subjects');
    expect(json.subjects[0]).toMatchObject({
      familyName: 'Šķēle',
      personalCode: CODE,
      birthDate: '2020-01-05',
      status: 'active',
      group: 'Zīlītes',
      representatives: [
        {
          givenNames: 'Anna',
          relation: 'mother',
          phone: '+371 20000001',
          email: 'anna@example.lv',
        },
        { relation: 'father' },
      ],
    });
    const core = exportColumnsFor('head').filter((c) => c.category === 'core');
    const limited = toJsonExport([ITEM], core, '2026-11-24');
    expect(limited).not.toMatch(new RegExp(`${CODE}|20000001|representatives|VESELĪBA`, 'u'));
  });
});
