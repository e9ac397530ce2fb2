// Making a backup from the app: write it (services), save it through the host (the folder under
// Electron, a download in the browser), read it back from there and authenticate it; only then
// is it recorded as "Pēdējā pārbaudītā kopija". One backup at a time: a second request while one
// runs gets the same result. A failure is recorded (shown on Sākums until a backup succeeds);
// after a verified backup in the folder, generations past the settings are pruned. How far the
// running backup has come (write, then verify) and why it runs are published to whoever watches
// (the screens: Settings shows the bar of a backup asked for or automatic, the replace flow its
// own backup's).
import { can } from '@shared/access/permissions';
import { AppError, isAppError } from '@shared/errors/app-error';
import { getHost } from '../platform';
import type { Session } from '../services';
import { services } from './services';

export type BackupOutcome =
  | { readonly kind: 'saved'; readonly verifiedAt: string; readonly fileName: string }
  | { readonly kind: 'cancelled' }
  /** The session ended (locked, signed out) while the backup ran: no failure, nothing said. */
  | { readonly kind: 'interrupted' };

const listeners = new Set<() => void>();
let running: Promise<BackupOutcome> | null = null;

/**
 * Why a backup runs: asked for (the button, Ctrl+S, the one on quit), the day's automatic one,
 * or the one the head's replacing of the register makes first (that screen shows its own bar).
 */
export type BackupReason = 'asked' | 'automatic' | 'beforeReplace';

/** The running backup: its fraction done (0 … 1, rising) and why it runs. */
export type BackupProgress = { readonly fraction: number; readonly reason: BackupReason };

/** Sees the running backup's progress, and null once no backup runs. */
export type BackupProgressListener = (progress: BackupProgress | null) => void;

const progressListeners = new Set<BackupProgressListener>();
/** The running backup's progress, or null when none runs. */
let current: BackupProgress | null = null;

const publishProgress = (progress: BackupProgress | null): void => {
  current = progress;
  for (const listener of progressListeners) listener(progress);
};

/**
 * Watches the progress of every backup made from now on (button, Ctrl+S, automatic, the one
 * before a replace); told at once how far a running one has come. Returns unsubscribe.
 */
export const watchBackupProgress = (listener: BackupProgressListener): (() => void) => {
  progressListeners.add(listener);
  if (current !== null) listener(current);
  return () => {
    progressListeners.delete(listener);
  };
};

/** Called whenever a backup was verified or failed (settings section and Sākums refresh). */
export const subscribeBackups = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const changed = (): void => {
  for (const listener of listeners) listener();
};

/** Deletes the generations the policy no longer keeps; a failure here never undoes the backup. */
const prune = async (): Promise<void> => {
  const folder = (await getHost()).backupFolder;
  if (!folder) return;
  const names = await services().backupSchedule.toPrune(await folder.list());
  if (names.length > 0) await folder.remove(names);
};

const makeSaveVerify = async (session: Session, reason: BackupReason): Promise<BackupOutcome> => {
  const s = services();
  const made = await s.backup.make(session, (fraction) => {
    publishProgress({ fraction, reason });
  });
  const saved = await (await getHost()).saveBackup(made.blob, made.fileName);
  if (!saved) return { kind: 'cancelled' };
  await made.verifyCopy(saved.readBack);
  const at = new Date();
  await s.backupSchedule.recordVerified(at, reason === 'automatic');
  await prune().catch(() => undefined);
  return { kind: 'saved', verifiedAt: at.toISOString(), fileName: made.fileName };
};

/**
 * Whether `error` came from the session ending under the backup (the user locked the app, the
 * idle lock, Windows locking): the backup did not fail, it was stopped. Reported as a failure it
 * was shown to whoever signed in next (a teacher saw "Lietotne ir bloķēta…") and kept on
 * Sākums as the register's last backup failure.
 */
const endedUnder = (session: Session, error: unknown): boolean =>
  (isAppError(error) && error.code === 'locked') ||
  services().vault.currentSession()?.id !== session.id;

const recordFailure = async (error: unknown): Promise<void> => {
  const reason = isAppError(error) ? error.details?.reason : undefined;
  await services().backupSchedule.recordFailure({
    at: new Date().toISOString(),
    i18nKey: isAppError(error) ? error.i18nKey : 'errors.internal',
    ...(typeof reason === 'string' ? { reason } : {}),
  });
};

/**
 * Makes, saves and verifies a backup (`reason`: why, see BackupReason; a request while one
 * runs joins it, and its progress keeps the first request's reason). Rejects with the
 * AppError of the step that failed (errors.backup.writeFailed {reason}, errors.backup.copyNotAsMade
 * when the saved copy does not read back identical, errors.forbidden); nothing is recorded as
 * verified then, the failure is recorded instead and the next attempt tries again. A role without
 * 'backup.create' (Ctrl+S pressed by a teacher) is refused at once (errors.forbidden) and nothing
 * is recorded: it is no failure of the register's backups for Sākums to report. A backup the
 * session's end stops (a lock) resolves as 'interrupted' and records nothing: the next attempt
 * (the next sign-in's automatic one, or the next Ctrl+S) makes it.
 */
export const runBackup = (
  session: Session,
  reason: BackupReason = 'asked',
): Promise<BackupOutcome> => {
  if (!can(session.role, 'backup.create'))
    return Promise.reject(new AppError('forbidden', 'errors.forbidden'));
  running ??= makeSaveVerify(session, reason)
    .catch(async (error: unknown): Promise<BackupOutcome> => {
      if (endedUnder(session, error)) return { kind: 'interrupted' };
      await recordFailure(error).catch(() => undefined);
      throw error;
    })
    .finally(() => {
      running = null;
      publishProgress(null);
      changed();
    });
  return running;
};

/** Whether a backup is being made now (a new request would join it). */
export const backupRunning = (): boolean => running !== null;

/** ISO time of the last verified backup, or null. */
export const lastVerifiedBackup = (): Promise<string | null> => services().backup.lastVerified();
