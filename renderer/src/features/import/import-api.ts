// What the import wizard needs from the app; bound in app/records-adapters.ts.
import type {
  ImportMapping,
  ImportPreview,
  ImportPreviewRow,
  ImportTable,
} from '../../services/records/import';

export type {
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportPreviewRow,
  ImportRelation,
  ImportTable,
} from '../../services/records/import';

export type ImportResult = { readonly imported: number; readonly failed: number };

export type ImportApi = {
  /** Reads a CSV or XLSX file; an AppError('validation') with an i18n key when it cannot. */
  readonly parse: (bytes: ArrayBuffer) => Promise<ImportTable>;
  readonly guessMapping: (headers: readonly string[]) => ImportMapping;
  readonly preview: (table: ImportTable, mapping: ImportMapping) => Promise<ImportPreview>;
  /** Stores the given (valid) rows, reporting progress; the service audits the import. */
  readonly commit: (
    rows: readonly ImportPreviewRow[],
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
  readonly done: () => void;
};
