// Automatic backups' settings and state (issue 10 item 2), all in plaintext settings rows (no
// personal data): how many daily/weekly/monthly generations the folder keeps, after how many
// days without a verified backup the sign-in warns, when the last automatic backup was made,
// the audit position of the last verified backup (did anything change since?), and the last
// failure (shown until a backup succeeds). Changing the settings is the head's.
import {
  backupsToPrune,
  DEFAULT_BACKUP_GENERATIONS,
  GENERATION_LIMITS,
  type BackupGenerations,
} from '@shared/backup/generations';
import {
  backupWarningDue,
  changedSince,
  dailyBackupDue,
  DEFAULT_WARN_AFTER_DAYS,
  WARN_AFTER_DAYS_RANGE,
} from '@shared/backup/schedule';
import { AppError } from '@shared/errors/app-error';
import { todayIso } from '@shared/text/dates';
import { readAuditHead } from '../../data/audit/audit-log';
import type { Session } from '../../data/session/session';
import { auditEntry } from '../audit-write';
import { authorize } from '../authorize';
import type { VaultContext } from '../vault-context';
import { LAST_VERIFIED_KEY } from './backup-names';

const KEY = {
  lastAutomaticOn: 'backup.lastAutomaticOn',
  lastBackupSeq: 'backup.lastBackupSeq',
  /** The failure as `<at>|<i18nKey>|<reason>` (ISO time, error key, reason or empty). */
  lastFailure: 'backup.lastFailure',
} as const;
/** One numeric settings row per policy field. */
const POLICY_FIELDS = ['daily', 'weekly', 'monthly', 'warnAfterDays'] as const;
const policyKey = (field: (typeof POLICY_FIELDS)[number]): string => `backup.policy.${field}`;

export type BackupPolicy = BackupGenerations & {
  /** Sign-in warns when the last verified backup is older than this many days. */
  readonly warnAfterDays: number;
};

export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  ...DEFAULT_BACKUP_GENERATIONS,
  warnAfterDays: DEFAULT_WARN_AFTER_DAYS,
};

export type BackupFailure = {
  /** ISO time of the failed attempt. */
  readonly at: string;
  /** The i18n key of the error (with its reason, e.g. errors.backup.writeFailed). */
  readonly i18nKey: string;
  readonly reason?: string;
};

export type BackupStatus = {
  /** ISO time of the last backup read back and verified, or null. */
  readonly lastVerifiedAt: string | null;
  /** The sign-in warning is due (no verified backup for longer than the policy allows). */
  readonly warn: boolean;
  readonly lastFailure: BackupFailure | null;
};

const read = async (ctx: VaultContext, id: string): Promise<unknown> =>
  (await ctx.db.settings.get(id))?.value;

const inRange = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

const checkPolicy = (policy: BackupPolicy): void => {
  const bad = (field: string, max: number, min: number = GENERATION_LIMITS.min) =>
    new AppError('validation', 'errors.backup.policyRange', { field, min, max });
  if (!inRange(policy.daily, GENERATION_LIMITS.min, GENERATION_LIMITS.daily))
    throw bad('daily', GENERATION_LIMITS.daily);
  if (!inRange(policy.weekly, GENERATION_LIMITS.min, GENERATION_LIMITS.weekly))
    throw bad('weekly', GENERATION_LIMITS.weekly);
  if (!inRange(policy.monthly, GENERATION_LIMITS.min, GENERATION_LIMITS.monthly))
    throw bad('monthly', GENERATION_LIMITS.monthly);
  const { min, max } = WARN_AFTER_DAYS_RANGE;
  if (!inRange(policy.warnAfterDays, min, max)) throw bad('warnAfterDays', max, min);
};

const readPolicy = async (ctx: VaultContext): Promise<BackupPolicy> => {
  const candidate = { ...DEFAULT_BACKUP_POLICY };
  for (const field of POLICY_FIELDS) {
    const value = await read(ctx, policyKey(field));
    if (typeof value === 'number') candidate[field] = value;
  }
  try {
    checkPolicy(candidate);
    return candidate;
  } catch {
    return DEFAULT_BACKUP_POLICY;
  }
};

const lastVerifiedAt = async (ctx: VaultContext): Promise<string | null> => {
  const value = await read(ctx, LAST_VERIFIED_KEY);
  return typeof value === 'string' ? value : null;
};

const lastFailure = async (ctx: VaultContext): Promise<BackupFailure | null> => {
  const value = await read(ctx, KEY.lastFailure);
  if (typeof value !== 'string') return null;
  const [at = '', i18nKey = '', reason = ''] = value.split('|');
  return { at, i18nKey, ...(reason === '' ? {} : { reason }) };
};

const status = async (ctx: VaultContext): Promise<BackupStatus> => {
  const [verified, policy, failure, meta] = await Promise.all([
    lastVerifiedAt(ctx),
    readPolicy(ctx),
    lastFailure(ctx),
    ctx.db.meta.get('vault'),
  ]);
  const today = todayIso(ctx.now());
  const created = meta?.id === 'vault' ? todayIso(new Date(meta.createdAt)) : today;
  const verifiedOn = verified === null ? null : todayIso(new Date(verified));
  return {
    lastVerifiedAt: verified,
    warn: backupWarningDue(verifiedOn, created, today, policy.warnAfterDays),
    lastFailure: failure,
  };
};

/** Whether anything but reads was audited after the last verified backup. */
const changedSinceBackup = async (ctx: VaultContext): Promise<boolean> => {
  const seq = await read(ctx, KEY.lastBackupSeq);
  const after = typeof seq === 'number' ? seq : 0;
  const entries = await ctx.db.audit.where('seq').above(after).toArray();
  return changedSince(entries, after);
};

/** After a backup was read back and verified: remember when, where the audit stood, and clear
 * the failure. `automatic`: it was the day's automatic backup. */
const recordVerified = async (ctx: VaultContext, at: Date, automatic: boolean): Promise<void> => {
  const head = await readAuditHead(ctx.db);
  await ctx.db.transaction('rw', ctx.db.settings, async () => {
    await ctx.db.settings.put({ id: LAST_VERIFIED_KEY, value: at.toISOString() });
    await ctx.db.settings.put({ id: KEY.lastBackupSeq, value: head?.lastSeq ?? 0 });
    if (automatic) await ctx.db.settings.put({ id: KEY.lastAutomaticOn, value: todayIso(at) });
    await ctx.db.settings.delete(KEY.lastFailure);
  });
};

const recordFailure = async (ctx: VaultContext, failure: BackupFailure): Promise<void> => {
  const value = `${failure.at}|${failure.i18nKey}|${failure.reason ?? ''}`;
  await ctx.db.settings.put({ id: KEY.lastFailure, value });
};

const setPolicy = async (ctx: VaultContext, session: Session, policy: BackupPolicy) => {
  authorize(session, 'settings.manage');
  checkPolicy(policy);
  await ctx.db.transaction('rw', ctx.db.settings, async () => {
    for (const field of POLICY_FIELDS)
      await ctx.db.settings.put({ id: policyKey(field), value: policy[field] });
  });
  await auditEntry(ctx, session, 'settings.change', 'setting', 'backup.policy');
};

export const createBackupSchedule = (ctx: VaultContext) => ({
  policy: (): Promise<BackupPolicy> => readPolicy(ctx),
  /** Head only ('settings.manage'); AppError errors.backup.policyRange {field,min,max}. */
  setPolicy: (session: Session, policy: BackupPolicy): Promise<void> =>
    setPolicy(ctx, session, policy),
  status: (): Promise<BackupStatus> => status(ctx),
  /** The day's automatic backup has not been verified yet (the first unlock of a day). */
  automaticDue: async (): Promise<boolean> => {
    const last = await read(ctx, KEY.lastAutomaticOn);
    return dailyBackupDue(typeof last === 'string' ? last : null, todayIso(ctx.now()));
  },
  changedSinceBackup: (): Promise<boolean> => changedSinceBackup(ctx),
  recordVerified: (at: Date, automatic: boolean): Promise<void> =>
    recordVerified(ctx, at, automatic),
  recordFailure: (failure: BackupFailure): Promise<void> => recordFailure(ctx, failure),
  /** Of the files in the backup folder, those past the generations the policy keeps. */
  toPrune: async (names: readonly string[]): Promise<string[]> =>
    backupsToPrune(names, await readPolicy(ctx)),
});

export type BackupSchedule = ReturnType<typeof createBackupSchedule>;
