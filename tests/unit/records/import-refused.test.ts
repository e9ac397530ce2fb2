// Issue 14, defect 7: import errors a secretary can act on. Each refused row is named by its
// names or, without them, by its first non-empty cells; it carries the spreadsheet's own row
// number (the header is row 1, a blank line still counts); and the "fix and re-import" table
// holds every refused row as the file had it, with one column more saying what to correct.
import { describe, expect, it } from 'vitest';
import {
  buildImportPreview,
  guessColumnMapping,
  importTableOf,
  readImportSource,
  refusedRowsTable,
} from '@renderer/services/records/import';
import { asArrayBuffer } from './support/xlsx-builder';

const CSV = [
  'Vārds;Uzvārds;Personas kods;Grupa;Piezīmes',
  'Anna;Bērziņa;;Zīlītes;',
  'Kārlis;Ozoliņš;150321-12345;Zīlītes;',
  '',
  ';;;Zīlītes;ienāca septembrī',
  'Elza;Liepiņa;;Nezināmā grupa;',
].join('\r\n');

const preview = async () => {
  const source = await readImportSource(asArrayBuffer(new TextEncoder().encode(CSV)), {});
  const table = importTableOf(source);
  const result = await buildImportPreview(table, guessColumnMapping(table.headers), {
    country: 'LV',
    today: '2026-11-24',
    groupsByName: { Zīlītes: 'g-zil' },
  });
  return { table, result };
};

describe('refused import rows', () => {
  it('are numbered as the spreadsheet numbers them and named by names or first cells', async () => {
    const { result } = await preview();
    expect(result.rows.map((r) => [r.rowNumber, r.status, r.label])).toEqual([
      [2, 'ok', 'Anna Bērziņa'],
      [3, 'error', 'Kārlis Ozoliņš'],
      // Line 5 of the file (after a blank line 4): no names, so its first non-empty cells.
      [5, 'error', 'Zīlītes · ienāca septembrī'],
      [6, 'error', 'Elza Liepiņa'],
    ]);
  });

  it('go into a fix-and-re-import table with the file own columns and what to correct', async () => {
    const { table, result } = await preview();
    const file = refusedRowsTable(
      table,
      result,
      (row) => row.problems.map((p) => p.code).join('; '),
      'Kas jālabo',
    );
    expect(file.header).toEqual([
      'Vārds',
      'Uzvārds',
      'Personas kods',
      'Grupa',
      'Piezīmes',
      'Kas jālabo',
    ]);
    expect(file.rows.map((r) => r.slice(0, 5))).toEqual([
      ['Kārlis', 'Ozoliņš', '150321-12345', 'Zīlītes', ''],
      ['', '', '', 'Zīlītes', 'ienāca septembrī'],
      ['Elza', 'Liepiņa', '', 'Nezināmā grupa', ''],
    ]);
    for (const row of file.rows) expect(row[5]).not.toBe('');
  });
});
