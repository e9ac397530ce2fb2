// Backups and restore (issue 10): the use cases the UI calls. Making a backup needs
// 'backup.create'; the file is then read back and authenticated before it counts as verified
// ("Pēdējā pārbaudītā kopija"). Restoring reads a file in passes (inspect → unlock → authenticate
// → restore into a NEW database → verify → switch), so the register in use is untouched by
// every failure.
import { AppError } from '@shared/errors/app-error';
import { appendAudit } from '../../data/audit/audit-log';
import { writeBackup } from '../../data/backup/backup-writer';
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
};

export type MadeBackup = {
  readonly blob: Blob;
  /** A bare file name without personal data, e.g. `registrs-2026-11-30-2130.prbk`. */
  readonly fileName: string;
  readonly header: BackupHeader;
  /**
   * Verifies a copy of this file read back from where it was saved: authenticated, and every
   * sealed row opened with the keys the copy carries (errors.backup.rowDoesNotOpen otherwise).
   */
  readonly verifyCopy: (copy: BackupBlob) => Promise<void>;
};

/** Writes a backup of the register in use into a Blob (parts outside the JS heap). */
const makeBackup = async (
  ctx: VaultContext,
  deps: BackupDeps,
  session: Session,
): Promise<MadeBackup> => {
  const auth = authorize(session, 'backup.create');
  const parts: Blob[] = [];
  const now = ctx.now();
  const { header, macKey } = await writeBackup(
    { db: ctx.db, keybookFiles: ctx.keybook.files },
    { appVersion: deps.appVersion, now },
    // The Blob copies the chunk (the writer reuses its buffer): no JS-side copy needed.
    (chunk) => parts.push(new Blob([chunk])),
  );
  const blob = new Blob(parts, { type: 'application/octet-stream' });
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
      await verifyBackup(copy, macKey, { principalId, privateKey });
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
  make: (session: Session): Promise<MadeBackup> => makeBackup(ctx, deps, session),
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
