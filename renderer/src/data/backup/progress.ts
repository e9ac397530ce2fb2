// How far long backup work has come (issue 10: a backup or restore of 50,000 children takes
// minutes and must not look stuck): a fraction of the work done, 0 … 1, never falling. Shared by
// the backup (write + verify) and the restore; the screens show it as a percentage.

/** Receives the fraction done, 0 … 1. */
export type Progress = (fraction: number) => void;

/**
 * A Progress that passes on only what rises: never less than before, nor the same twice. With
 * `step` (e.g. 0.01) only rises of at least `step`, and 1 itself: at most 1 / step + 2 calls
 * however often it is called (a backup reports per page of rows; the screen renders per call).
 */
export const monotonic = (report: Progress | undefined, step = 0): Progress => {
  let last = 0;
  let started = false;
  return (fraction) => {
    const next = Math.min(1, Math.max(last, fraction));
    if (started && (next === last || (next < 1 && next - last < step))) return;
    started = true;
    last = next;
    report?.(next);
  };
};

/** A part's own 0 … 1 as the stretch from `from` to `to` of the whole. */
export const within =
  (report: Progress, from: number, to: number): Progress =>
  (fraction) => {
    report(from + (to - from) * Math.min(1, Math.max(0, fraction)));
  };

/** Bytes read of a file of `size` bytes → `report` (nothing when the size is unknown or 0). */
export const bytesRead =
  (report: Progress, size: number | undefined) =>
  (bytes: number): void => {
    if (size) report(Math.min(bytes, size) / size);
  };
