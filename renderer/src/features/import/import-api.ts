// What the import wizard needs from the app; bound in app/records-adapters.ts. The pure steps
// (header row, column guess, date analysis) are called directly from the import module.
import type {
  DateOrder,
  ImportMapping,
  ImportPreview,
  ImportPreviewRow,
  ImportSource,
  ImportTable,
} from '../../services/records/import';

export type {
  DateAnalysis,
  DateOrder,
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportPreviewRow,
  ImportRelation,
  ImportSource,
  ImportTable,
} from '../../services/records/import';

export type ImportResult = { readonly imported: number; readonly failed: number };

export type ImportApi = {
  /**
   * Reads a CSV or XLSX file (`sheet`: another sheet of the same workbook). An
   * AppError('validation') with an i18n key when it cannot, saying why it is not a table.
   */
  readonly read: (bytes: ArrayBuffer, sheet?: string) => Promise<ImportSource>;
  readonly preview: (
    table: ImportTable,
    mapping: ImportMapping,
    dateOrder: DateOrder | undefined,
  ) => Promise<ImportPreview>;
  /** Stores the given (valid) rows, reporting progress; the service audits the import. */
  readonly commit: (
    rows: readonly ImportPreviewRow[],
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
  /**
   * Saves the refused rows as a "fix and re-import" file (the file's own header and cells plus
   * a column of problems). Resolves false when the user cancels the save.
   */
  readonly saveRefused: (
    header: readonly string[],
    rows: readonly (readonly string[])[],
    format: 'csv' | 'xlsx',
  ) => Promise<boolean>;
  readonly done: () => void;
};
