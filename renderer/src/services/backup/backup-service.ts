// Backups and restore (issue 10): the use cases the UI calls. Making a backup needs
// 'backup.create'; the file is then read back and authenticated before it counts as verified
// ("Pēdējā pārbaudītā kopija"). Restoring reads a file in passes (inspect → unlock → authenticate
// → restore into a NEW database → verify → switch), so the register in use is untouched by
// every failure.
import { AppError, isAppError } from '@shared/errors/app-error';
import { appendAudit } from '../../data/audit/audit-log';
import { writeBackupHere, type BackupBlobWriter } from '../../data/backup/blob-backup';
import { verifyBackup } from '../../data/backup/backup-verify';
import {
  inspectBackup,
  type BackupBlob,
  type InspectedBackup,
} from '../../data/backup/backup-reader';
import {
  unlockBackup,
  type BackupSecret,
  type UnlockedBackup,
} from '../../data/backup/backup-unlock';
import { institutionIdOf } from '../../data/backup/backup-key';
import { monotonic, within, type Progress } from '../../data/backup/progress';
import type { BackupHeader } from '../../data/backup/format';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import { readVaultMeta } from '../unlock';
import type { VaultContext } from '../vault-context';
import { restoreToNewDatabase, type DatabaseSwitch, type RestoreProgress } from './restore-flow';
import { erasureTombstones } from './after-restore';
import { backupFileName, LAST_VERIFIED_KEY } from './backup-names';

export type { BackupHeader, BackupSecret, InspectedBackup, RestoreProgress, UnlockedBackup };

export type BackupDeps = {
  readonly appVersion: string;
  readonly databases: DatabaseSwitch;
  /** Where the backup is written (default: in this thread). */
  readonly writer?: BackupBlobWriter;
};

export type MadeBackup = {
  readonly blob: Blob;
  /** A bare file name without personal data, e.g. `registrs-2026-11-30-2130.prbk`. */
  readonly fileName: string;
  readonly header: BackupHeader;
  /**
   * Verifies a copy of this file read back from where it was saved: authenticated, and every
   * sealed row opened with the keys the copy carries (errors.backup.rowDoesNotOpen otherwise;
   * errors.backup.copyNotAsMade when the copy is not the file made: a changed byte, cut short,
   * or gone while read).
   * Continues make's `onProgress`, and reports 1 only once the copy verified.
   */
  readonly verifyCopy: (copy: BackupBlob) => Promise<void>;
};

/**
 * Where writing ends on a backup's bar; verifying the copy read back takes the rest. Measured
 * (docs/benchmarks.md, "Backups"): at 10,000 children the write took 4.4 s and the verify 15.6 s
 * (0.22 of the whole); at 50,000 about 30 s and 100 s (0.23).
 */
const WRITE_END = 0.22;
/** Where the verify's reading ends: 1 waits for the MAC comparison (verifyBackup resolving). */
const READ_BACK_END = 0.99;
/** The smallest rise passed on: at most about 100 calls (renders) per backup, whatever its size. */
const PROGRESS_STEP = 0.01;

/**
 * What the reader says of a FILE CHOSEN to restore (a changed byte, cut short, gone while read):
 * of the copy just saved and read back it means the save did not store what was made, and the
 * restore's wording ("No tā nekas netika atjaunots") would be wrong there.
 */
const COPY_NOT_AS_MADE = new Set([
  'errors.backup.damaged',
  'errors.backup.truncated',
  'errors.backup.unreadable',
]);

/**
 * Writes a backup of the register in use into a Blob (parts outside the JS heap). `onProgress`
 * sees the fraction done, 0 … 1, never falling, in rises of at least 1 %: rows written of the
 * rows counted up to WRITE_END, then bytes read back by verifyCopy; 1 only after verifyCopy
 * succeeded (a failed write or verify never reports 1).
 */
const makeBackup = async (
  ctx: VaultContext,
  deps: BackupDeps,
  session: Session,
  onProgress?: Progress,
): Promise<MadeBackup> => {
  const auth = authorize(session, 'backup.create');
  const progress = monotonic(onProgress, PROGRESS_STEP);
  progress(0);
  const writing = within(progress, 0, WRITE_END);
  const now = ctx.now();
  const write = deps.writer ?? writeBackupHere;
  // The session's end (a lock) stops the write at once: nothing else would (the rows are copied
  // as stored, no key needed), and a backup still running held up the next sign-in's backups.
  const ended = new AbortController();
  const unwatch = ctx.sessions.subscribe((current) => {
    if (current !== session) ended.abort(new AppError('locked', 'errors.sessionLocked'));
  });
  const { blob, header, macKey } = await write(
    { db: ctx.db, keybookFiles: ctx.keybook.files },
    {
      appVersion: deps.appVersion,
      now,
      onRows: (written, total) => {
        writing(total > 0 ? written / total : 1);
      },
      signal: ended.signal,
    },
  ).finally(unwatch);
  await appendAudit(
    ctx.db,
    keyringFor(auth).audit,
    [{ actor: session.userId, action: 'vault.backup', entity: 'vault', entityId: null }],
    now,
  );
  return {
    blob,
    fileName: backupFileName(now),
    header,
    verifyCopy: async (copy) => {
      const { principalId, privateKey } = keyringFor(auth);
      // A copy read back through the host may not know its size: it is the file's size.
      const sized = { stream: () => copy.stream(), size: copy.size ?? blob.size };
      await verifyBackup(
        sized,
        macKey,
        { principalId, privateKey },
        within(progress, WRITE_END, READ_BACK_END),
      ).catch((error: unknown) => {
        if (isAppError(error) && COPY_NOT_AS_MADE.has(error.i18nKey))
          throw new AppError('storage', 'errors.backup.copyNotAsMade');
        throw error;
      });
      progress(1);
    },
  };
};

const lastVerified = async (ctx: VaultContext): Promise<string | null> => {
  const row = await ctx.db.settings.get(LAST_VERIFIED_KEY);
  return typeof row?.value === 'string' ? row.value : null;
};

/** A backup of another register may not replace this one. */
const assertSameInstitution = async (
  ctx: VaultContext,
  inspected: InspectedBackup,
): Promise<void> => {
  const meta = await readVaultMeta(ctx);
  if ((await institutionIdOf(meta.installSalt)) !== inspected.header.institutionId)
    throw new AppError('validation', 'errors.backup.otherInstitution');
};

export const createBackupService = (ctx: VaultContext, deps: BackupDeps) => ({
  /** `onProgress`: how far writing and then verifying the copy have come (see makeBackup). */
  make: (session: Session, onProgress?: Progress): Promise<MadeBackup> =>
    makeBackup(ctx, deps, session, onProgress),
  /** ISO time of the last verified backup, or null when there is none. */
  lastVerified: (): Promise<string | null> => lastVerified(ctx),
  /** Restore step 1 (no session needed: setup offers it before a register exists). */
  inspect: (file: BackupBlob): Promise<InspectedBackup> => inspectBackup(file),
  /** Restore step 2: a password or recovery code of the backup's register. */
  unlock: (inspected: InspectedBackup, secret: BackupSecret): Promise<UnlockedBackup> =>
    unlockBackup(inspected, secret),
  /**
   * Onto a PC without a register (setup): restores and switches to it. `onProgress` sees the
   * fraction done (0 … 1, never falling) after every frame of the file.
   */
  restoreFresh: async (
    file: BackupBlob,
    inspected: InspectedBackup,
    unlocked: UnlockedBackup,
    onProgress?: RestoreProgress,
  ): Promise<void> => {
    if (await ctx.db.meta.get('vault')) throw new AppError('validation', 'errors.vaultExists');
    await restoreToNewDatabase(deps.databases, file, inspected, unlocked, [], onProgress);
  },
  /**
   * Replaces the register in use (head only). The caller has made and saved an automatic
   * backup of the current state first. A backup of another institution is refused.
   * `onProgress` as for restoreFresh.
   */
  restoreReplacing: async (
    session: Session,
    file: BackupBlob,
    inspected: InspectedBackup,
    unlocked: UnlockedBackup,
    onProgress?: RestoreProgress,
  ): Promise<void> => {
    const auth = authorize(session, 'backup.restore');
    await assertSameInstitution(ctx, inspected);
    await appendAudit(
      ctx.db,
      keyringFor(auth).audit,
      [{ actor: session.userId, action: 'vault.restore', entity: 'vault', entityId: null }],
      ctx.now(),
    );
    const tombstones = await erasureTombstones(ctx.db);
    await restoreToNewDatabase(deps.databases, file, inspected, unlocked, tombstones, onProgress);
  },
});

export type BackupService = ReturnType<typeof createBackupService>;
