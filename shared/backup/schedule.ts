// When an automatic backup is due and when to warn that there is no recent one (issue 10 item 2).
// Dates are the institution's wall-calendar days (ISO `YYYY-MM-DD`); times are ISO instants.
import { isRoutineAuditAction } from '../audit/actions';
import { daysBetween, type IsoDate } from '../text/dates';

export const DEFAULT_WARN_AFTER_DAYS = 7;
export const WARN_AFTER_DAYS_RANGE = { min: 1, max: 90 } as const;

/**
 * The daily automatic backup is due when none was verified on `today` (local day of the last
 * automatic one, or null when there was none): the first unlock of each day makes one, and a
 * failed one is tried again at the next unlock.
 */
export const dailyBackupDue = (lastAutomaticOn: IsoDate | null, today: IsoDate): boolean =>
  lastAutomaticOn === null || lastAutomaticOn < today;

/**
 * Warn at sign-in: the last verified backup is more than `warnAfterDays` days old, or there is
 * none and the register itself is older than that (a register made today is not warned about).
 */
export const backupWarningDue = (
  lastVerifiedOn: IsoDate | null,
  registerCreatedOn: IsoDate,
  today: IsoDate,
  warnAfterDays: number,
): boolean => daysBetween(lastVerifiedOn ?? registerCreatedOn, today) > warnAfterDays;

/** Audited actions that read, print or sign in but change nothing a backup would hold. */
const NO_CHANGE: ReadonlySet<string> = new Set([
  'login.success',
  'login.failure',
  'vault.lock',
  'vault.recoveryUnlock',
  'vault.backup',
  'audit.subjectTrail',
  'records.export',
  'form.find',
  'form.groupSheet',
  'consent.photoCheck',
  'evidence.view',
  'request.letter',
  'request.accessReport',
  'request.export',
]);

/** Whether an audited action changed the register (anything but reads, sign-ins, exports). */
export const isDataChange = (action: string): boolean =>
  !isRoutineAuditAction(action) && !NO_CHANGE.has(action);

/**
 * On quit, a backup is made only if the register changed after the last verified backup: an
 * audit entry numbered after `lastBackupSeq` that is a data change.
 */
export const changedSince = (
  entries: readonly { readonly seq: number; readonly action: string }[],
  lastBackupSeq: number,
): boolean => entries.some((e) => e.seq > lastBackupSeq && isDataChange(e.action));
