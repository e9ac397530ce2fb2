// Types for scripts/test-summary.mjs (plain JavaScript so `npm test` runs before any build).
export type Totals = {
  passed: number;
  failed: number;
  skipped: number;
  matrixRows: number;
  notes: string[];
};
export declare const MATRIX_ROW: RegExp;
export declare const vitestTotals: (report: unknown, exitCode: number | null) => Totals;
export declare const playwrightTotals: (
  report: unknown,
  brokenFiles: readonly string[],
  exitCode: number | null,
) => Totals;
export declare const summaryLine: (totals: Omit<Totals, 'notes'>) => string;
