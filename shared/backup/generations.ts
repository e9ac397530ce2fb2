// Which backup files to keep in the backup folder (issue 10 item 2): the last N daily, weekly and
// monthly generations, the grandfather-father-son rotation of backup software (the newest file
// of each of the last N days that have a backup, of the last N ISO weeks, of the last N
// months). Works on file names only: `registrs-YYYY-MM-DD-HHMM[-n].prbk`, local time.
import { addDays, isoWeekday, isValidIsoDate, type IsoDate } from '../text/dates';

/** How many generations of each kind are kept (each at least 1). */
export type BackupGenerations = {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
};

export const DEFAULT_BACKUP_GENERATIONS: BackupGenerations = { daily: 7, weekly: 4, monthly: 12 };
/** Bounds of each setting (a year of dailies, two years of weeklies, ten years of monthlies). */
export const GENERATION_LIMITS = { min: 1, daily: 366, weekly: 104, monthly: 120 } as const;

const NAME = /^registrs-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(?:-(\d{1,3}))?\.prbk$/u;

export type BackupFileDate = {
  readonly date: IsoDate;
  /** Minutes after local midnight. */
  readonly minute: number;
  /** 1 for the first file of that minute, 2, 3… for `-2`, `-3`. */
  readonly serial: number;
};

/** The local date and time a backup file's name carries; null for any other name. */
export const backupFileDate = (name: string): BackupFileDate | null => {
  const m = NAME.exec(name);
  if (!m?.[1] || !isValidIsoDate(m[1])) return null;
  const minute = Number(m[2]) * 60 + Number(m[3]);
  if (minute >= 24 * 60 || Number(m[3]) >= 60) return null;
  return { date: m[1], minute, serial: m[4] === undefined ? 1 : Number(m[4]) };
};

const newestFirst = (a: BackupFileDate, b: BackupFileDate): number =>
  a.date === b.date ? b.minute - a.minute || b.serial - a.serial : a.date < b.date ? 1 : -1;

const weekOf = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date));
const monthOf = (date: IsoDate): string => date.slice(0, 7);

/** The newest file of each of the first `count` periods (newest periods first). */
const keepPerPeriod = (
  sorted: readonly { name: string; at: BackupFileDate }[],
  periodOf: (date: IsoDate) => string,
  count: number,
): string[] => {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const file of sorted) {
    const period = periodOf(file.at.date);
    if (seen.has(period)) continue;
    if (seen.size === count) break;
    seen.add(period);
    kept.push(file.name);
  }
  return kept;
};

/**
 * The backup files to delete so that only the generations `keep` asks for remain. Names that
 * are not backup file names are never returned; the newest backup is always kept.
 */
export const backupsToPrune = (names: readonly string[], keep: BackupGenerations): string[] => {
  const sorted = names
    .flatMap((name) => {
      const at = backupFileDate(name);
      return at ? [{ name, at }] : [];
    })
    .sort((a, b) => newestFirst(a.at, b.at));
  const kept = new Set([
    ...keepPerPeriod(sorted, (d) => d, Math.max(1, keep.daily)),
    ...keepPerPeriod(sorted, weekOf, Math.max(1, keep.weekly)),
    ...keepPerPeriod(sorted, monthOf, Math.max(1, keep.monthly)),
  ]);
  return sorted.filter((f) => !kept.has(f.name)).map((f) => f.name);
};
