// Entry point of the services layer: one call builds every vault service over one database.
// The UI calls these only; features never import data/.
import { AppError } from '@shared/errors/app-error';
import { DEFAULT_KDF, type KdfSettings } from '../data/crypto/kdf';
import { createVaultDb, type VaultDb } from '../data/db/vault-db';
import { Keybook } from '../data/keys/keybook';
import { keybookFolderOf, opfsKeybookFiles, type KeybookFiles } from '../data/keys/keybook-files';
import type { BackupBlobWriter } from '../data/backup/blob-backup';
import { createAuditService } from './audit-service';
import { createSessionStore } from './session-store';
import { createSettingsService } from './settings-service';
import { createStaffService } from './staff-service';
import { minimalPasswordCheck, type PasswordCheck, type VaultContext } from './vault-context';
import { createVaultService } from './vault-service';
import { createBackupSchedule } from './backup/backup-schedule';
import { createBackupService } from './backup/backup-service';
import type { DatabaseSwitch } from './backup/restore-flow';

export type ServiceOptions = {
  readonly db?: VaultDb;
  /** Where the keybook lives; default: OPFS folder `<database name>.keybook`. */
  readonly keybookFiles?: KeybookFiles;
  readonly now?: () => Date;
  readonly kdf?: KdfSettings;
  readonly checkPassword?: PasswordCheck;
  /** Which database is in use and how a restore makes and activates a new one. */
  readonly databases?: DatabaseSwitch;
  /** Written into backup headers. */
  readonly appVersion?: string;
  /**
   * Where a backup is written: default in this thread; the app passes writeBackupInWorker
   * (which needs the default OPFS keybook).
   */
  readonly backupWriter?: BackupBlobWriter;
};

/** Without a switch (tests that never restore): a restore is refused, nothing is touched. */
const noDatabaseSwitch: DatabaseSwitch = {
  newName: () => {
    throw new AppError('internal', 'errors.internal');
  },
  keybookFiles: () => {
    throw new AppError('internal', 'errors.internal');
  },
  activate: () => Promise.reject(new AppError('internal', 'errors.internal')),
  discard: () => Promise.resolve(),
};

export const createServices = (options: ServiceOptions = {}) => {
  const db = options.db ?? createVaultDb();
  const ctx: VaultContext = {
    db,
    keybook: new Keybook(options.keybookFiles ?? opfsKeybookFiles(keybookFolderOf(db.name))),
    now: options.now ?? (() => new Date()),
    kdf: options.kdf ?? DEFAULT_KDF,
    checkPassword: options.checkPassword ?? minimalPasswordCheck,
    sessions: createSessionStore(),
  };
  return {
    context: ctx,
    vault: createVaultService(ctx),
    staff: createStaffService(ctx),
    audit: createAuditService(ctx),
    settings: createSettingsService(ctx),
    backup: createBackupService(ctx, {
      appVersion: options.appVersion ?? '0',
      databases: options.databases ?? noDatabaseSwitch,
      ...(options.backupWriter ? { writer: options.backupWriter } : {}),
    }),
    backupSchedule: createBackupSchedule(ctx),
  };
};

export type Services = ReturnType<typeof createServices>;

export { authorize, keyringFor, type Authorized } from './authorize';
export { writeBackupInWorker } from '../data/backup/worker-backup-writer';
export type { Session } from '../data/session/session';
export type { AuditEntry, AuditFilter } from './audit-service';
export type { StaffMember, NewStaffMember } from './staff-service';
export type { CreateVaultInput, InstitutionInput } from './vault-setup';
export type { Institution } from './vault-service';
export type { AuditVerifyResult } from '../data/audit/chain';
export type { PasswordCheck } from './vault-context';
export type { BackupFailure, BackupPolicy, BackupStatus } from './backup/backup-schedule';
export type {
  BackupHeader,
  BackupSecret,
  InspectedBackup,
  UnlockedBackup,
} from './backup/backup-service';
export {
  activeDatabaseName,
  browserDatabaseSwitch,
  type StartOutcome,
} from '../data/backup/database-switch';
export { createVaultDb } from '../data/db/vault-db';
