// Making a backup from the app: write it (services), save it through the host (the folder under
// Electron, a download in the browser), read it back from there and authenticate it; only then
// is it recorded as "Pēdējā pārbaudītā kopija". One backup at a time: a second request while one
// runs gets the same result. A failure is recorded (shown on Sākums until a backup succeeds);
// after a verified backup in the folder, generations past the settings are pruned. How far the
// running backup has come (write, then verify) is published to whoever watches (the screens).
import { can } from '@shared/access/permissions';
import { AppError, isAppError } from '@shared/errors/app-error';
import { getHost } from '../platform';
import type { Session } from '../services';
import { services } from './services';

export type BackupOutcome =
  | { readonly kind: 'saved'; readonly verifiedAt: string; readonly fileName: string }
  | { readonly kind: 'cancelled' };

const listeners = new Set<() => void>();
let running: Promise<BackupOutcome> | null = null;

/** Sees the running backup's fraction done (0 … 1, rising), and null once no backup runs. */
export type BackupProgressListener = (fraction: number | null) => void;

const progressListeners = new Set<BackupProgressListener>();
/** The running backup's fraction done, or null when none runs. */
let fractionDone: number | null = null;

const publishProgress = (fraction: number | null): void => {
  fractionDone = fraction;
  for (const listener of progressListeners) listener(fraction);
};

/**
 * Watches the progress of every backup made from now on (button, Ctrl+S, automatic, the one
 * before a replace); told at once how far a running one has come. Returns unsubscribe.
 */
export const watchBackupProgress = (listener: BackupProgressListener): (() => void) => {
  progressListeners.add(listener);
  if (fractionDone !== null) listener(fractionDone);
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

const makeSaveVerify = async (session: Session, automatic: boolean): Promise<BackupOutcome> => {
  const s = services();
  const made = await s.backup.make(session, publishProgress);
  const saved = await (await getHost()).saveBackup(made.blob, made.fileName);
  if (!saved) return { kind: 'cancelled' };
  await made.verifyCopy(saved.readBack);
  const at = new Date();
  await s.backupSchedule.recordVerified(at, automatic);
  await prune().catch(() => undefined);
  return { kind: 'saved', verifiedAt: at.toISOString(), fileName: made.fileName };
};

const recordFailure = async (error: unknown): Promise<void> => {
  const reason = isAppError(error) ? error.details?.reason : undefined;
  await services().backupSchedule.recordFailure({
    at: new Date().toISOString(),
    i18nKey: isAppError(error) ? error.i18nKey : 'errors.internal',
    ...(typeof reason === 'string' ? { reason } : {}),
  });
};

/**
 * Makes, saves and verifies a backup (`automatic`: the day's automatic one). Rejects with the
 * AppError of the step that failed (errors.backup.writeFailed {reason}, errors.backup.damaged
 * when the saved copy does not read back identical, errors.forbidden); nothing is recorded as
 * verified then, the failure is recorded instead and the next attempt tries again. A role without
 * 'backup.create' (Ctrl+S pressed by a teacher) is refused at once (errors.forbidden) and nothing
 * is recorded: it is no failure of the register's backups for Sākums to report.
 */
export const runBackup = (session: Session, automatic = false): Promise<BackupOutcome> => {
  if (!can(session.role, 'backup.create'))
    return Promise.reject(new AppError('forbidden', 'errors.forbidden'));
  running ??= makeSaveVerify(session, automatic)
    .catch(async (error: unknown) => {
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

/** ISO time of the last verified backup, or null. */
export const lastVerifiedBackup = (): Promise<string | null> => services().backup.lastVerified();
