// `npm run check-import` on the example files: the same import code as the app, JSON out,
// nothing written. Runs the real script in a child process, as an IT person would.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../../support/temp-dirs';
import { buildXlsx } from './support/xlsx-builder';

afterAll(removeTempDirs);

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/import', name);

type Output = {
  format: string;
  sheet: string | null;
  headerRow: number;
  delimiter: string | null;
  dates: { needsChoice: boolean; columns: { field: string; order: string | null }[] };
  counts: { total: number; error: number; adjusted: number };
  rows: {
    row: number;
    status: string;
    problems: { code: string; column: string | null; cellError?: string }[];
    values: Record<string, unknown>;
  }[];
  error?: string;
};

const checkImport = (...args: string[]): { status: number | null; out: Output } => {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(root, 'tsconfig.scripts.json'),
      join(root, 'scripts/check-import.ts'),
      ...args,
      '--today',
      '2026-11-24',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.stderr) process.stderr.write(result.stderr);
  return { status: result.status, out: JSON.parse(result.stdout) as Output };
};

describe('check-import', { timeout: 60_000 }, () => {
  it('error-cells.xlsx: row 2 refused, naming the code and group columns', () => {
    const { status, out } = checkImport(fixture('error-cells.xlsx'));
    expect(status).toBe(1);
    expect(out).toMatchObject({ format: 'xlsx', sheet: 'Bērni', headerRow: 1 });
    expect(out.rows[0]).toMatchObject({ row: 2, status: 'error' });
    expect(out.rows[0]?.problems.map((p) => [p.code, p.column, p.cellError])).toEqual([
      ['cell.error', 'Personas kods', '#N/A'],
      ['cell.error', 'Grupa', '#N/A'],
    ]);
    expect(out.rows[0]?.values).toMatchObject({
      givenNames: 'Anna',
      familyName: 'Bērziņa',
      birthDate: '2020-03-15',
      enrolledOn: '2023-09-01',
    });
  });

  it('month-first-dates.csv: ISO dates read month-first, both rows importable', () => {
    const { status, out } = checkImport(fixture('month-first-dates.csv'));
    expect(status).toBe(0);
    expect(out.rows.map((r) => [r.row, r.status, r.values.birthDate, r.values.enrolledOn])).toEqual(
      [
        [2, 'ok', '2020-03-15', '2023-09-01'],
        [3, 'ok', '2021-02-01', '2023-09-01'],
      ],
    );
    // Told otherwise, the dates that cannot be day-first become errors instead of silent swaps.
    const forced = checkImport(fixture('month-first-dates.csv'), '--date-order', 'DMY');
    expect(forced.out.rows.map((r) => r.status)).toEqual(['error', 'ok']);
  });

  it('the sep= line, the title row and the line break: canonical values and spreadsheet row numbers', () => {
    const sep = checkImport(fixture('sep-hint-first-line.csv'));
    expect(sep.out).toMatchObject({ delimiter: ';', headerRow: 1 });
    expect(sep.out.rows[0]).toMatchObject({
      row: 2,
      values: { personalCode: '15032021239', birthDate: '2020-03-15', group: 'Zīlītes' },
    });
    const title = checkImport(fixture('title-row-above-header.csv'), '--country', 'LV');
    expect(title.out).toMatchObject({ delimiter: ',', headerRow: 2 });
    expect(title.out.rows[0]?.row).toBe(3);
    const chosen = checkImport(fixture('title-row-above-header.csv'), '--header-row', '1');
    expect(chosen.out.headerRow).toBe(1);
    const lines = checkImport(fixture('line-break-inside-cell.csv'));
    expect(lines.out.rows[0]?.values).toMatchObject({ givenNames: 'Anna Marija' });
    expect(lines.out.counts.adjusted).toBe(1);
  });

  it('--sheet picks a hidden sheet; a file that is not a table exits 2 with the reason', () => {
    const dir = tempDir('check-import-');
    const book = join(dir, 'book.xlsx');
    writeFileSync(
      book,
      buildXlsx({
        sheets: [
          {
            name: 'Bērni',
            rows: [
              ['Vārds', 'Uzvārds'],
              ['Anna', 'Liepa'],
            ],
          },
          {
            name: 'Vecie',
            state: 'hidden',
            rows: [
              ['Vārds', 'Uzvārds'],
              ['Jānis', 'Ozols'],
              ['Ilze', 'Kalna'],
            ],
          },
        ],
      }),
    );
    expect(checkImport(book).out).toMatchObject({ sheet: 'Bērni', counts: { total: 1 } });
    expect(checkImport(book, '--sheet', 'Vecie').out).toMatchObject({
      sheet: 'Vecie',
      counts: { total: 2 },
    });
    const pdf = join(dir, 'list.csv');
    writeFileSync(pdf, '%PDF-1.7\n');
    const notTable = checkImport(pdf);
    expect(notTable.status).toBe(2);
    expect(notTable.out.error).toBe('records.import.errors.notTable.pdf');
  });
});
