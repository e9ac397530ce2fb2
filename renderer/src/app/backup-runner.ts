// Making a backup from the app: write it (services), save it through the host (the folder under
// Electron, a download in the browser), read it back from there and authenticate it; only then
// is it recorded as "Pēdējā pārbaudītā kopija". One backup at a time: a second request while one
// runs gets the same result.
import { getHost } from '../platform';
import type { Session } from '../services';
import { services } from './services';

export type BackupOutcome =
  | { readonly kind: 'saved'; readonly verifiedAt: string; readonly fileName: string }
  | { readonly kind: 'cancelled' };

const listeners = new Set<() => void>();
let running: Promise<BackupOutcome> | null = null;

/** Called whenever a backup was verified (the settings section and the home tile refresh). */
export const subscribeBackups = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

const makeSaveVerify = async (session: Session): Promise<BackupOutcome> => {
  const s = services();
  const made = await s.backup.make(session);
  const saved = await (await getHost()).saveBackup(made.blob, made.fileName);
  if (!saved) return { kind: 'cancelled' };
  await made.verifyCopy(saved.readBack);
  const at = new Date();
  await s.backup.markVerified(at);
  for (const listener of listeners) listener();
  return { kind: 'saved', verifiedAt: at.toISOString(), fileName: made.fileName };
};

/**
 * Makes, saves and verifies a backup. Rejects with the AppError of the step that failed
 * (errors.backup.writeFailed {reason}, errors.backup.damaged when the saved copy does not read
 * back identical, errors.forbidden); nothing is recorded as verified then.
 */
export const runBackup = (session: Session): Promise<BackupOutcome> => {
  running ??= makeSaveVerify(session).finally(() => {
    running = null;
  });
  return running;
};

/** ISO time of the last verified backup, or null. */
export const lastVerifiedBackup = (): Promise<string | null> => services().backup.lastVerified();
