// The "fix and re-import" file: every refused row as the file had it (same header, same cells),
// with one more column saying what is wrong. The secretary corrects the cells and imports the
// file again; the extra column matches no field and is left unmapped.
import type { ImportPreview, ImportPreviewRow } from './import-preview';
import type { ImportTable } from './import-table';

export type RefusedRowsTable = {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
};

/**
 * The refused rows of `preview`, in file order. `describe` writes a row's problems in the
 * user's language; `problemsHeader` names the extra column.
 */
export const refusedRowsTable = (
  table: ImportTable,
  preview: ImportPreview,
  describe: (row: ImportPreviewRow) => string,
  problemsHeader: string,
): RefusedRowsTable => {
  const refused = new Map(
    preview.rows.filter((r) => r.status === 'error').map((r) => [r.rowNumber, r]),
  );
  const rows = table.rows.flatMap((row) => {
    const result = refused.get(row.rowNumber);
    if (result === undefined) return [];
    return [[...table.headers.map((h) => row.cells[h]?.text ?? ''), describe(result)]];
  });
  return { header: [...table.headers, problemsHeader], rows };
};
