// The retention schedule the head edits (issue 9 item 3): versioned (every change is a new
// version; earlier ones stay readable), validated, audited. Until the head saves one, the
// defaults of the institution's kind are in force (version 0, not stored).
import type { Permission } from '@shared/access/permissions';
import type { InstitutionKind } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { defaultSchedule, validateSchedule, type RetentionSchedule } from '@shared/retention';
import {
  addScheduleVersion,
  readScheduleVersions,
  type ScheduleVersion,
} from '../../data/retention/schedule-repo';
import type { Session } from '../../data/session/session';
import { auditEntries } from '../audit-write';
import { authorize, type Authorized } from '../authorize';
import type { VaultContext } from '../vault-context';

export type { ScheduleVersion };

export const institutionKind = async (ctx: VaultContext): Promise<InstitutionKind> => {
  const meta = await ctx.db.meta.get('vault');
  return meta?.id === 'vault' ? meta.kind : 'kindergarten';
};

/** The schedule in force: the newest stored version, else the kind's defaults. */
export const scheduleInForce = async (
  ctx: VaultContext,
  auth: Authorized<Permission>,
): Promise<RetentionSchedule> =>
  (await readScheduleVersions(ctx.db, auth))[0]?.schedule ??
  defaultSchedule(await institutionKind(ctx));

/** Every saved version, newest first (empty: the defaults were never changed). */
export const scheduleHistory = async (
  ctx: VaultContext,
  session: Session,
): Promise<ScheduleVersion[]> => readScheduleVersions(ctx.db, authorize(session, 'retention.view'));

/**
 * Stores `schedule` as the next version and returns its number. Needs 'retention.manage'
 * (head). Refuses a schedule of another institution kind (`retention.errors.kind`) and any
 * problem `validateSchedule` finds: AppError('validation', <first problem's key>, { field:
 * '<category>.<field>', problems: 'category.field=key;…' }). Audited 'retention.scheduleChange'
 * with the version's setting id. A schedule equal to the one in force is not stored again.
 */
export const saveSchedule = async (
  ctx: VaultContext,
  session: Session,
  schedule: RetentionSchedule,
): Promise<number> => {
  const auth = authorize(session, 'retention.manage');
  if (schedule.kind !== (await institutionKind(ctx)))
    throw new AppError('validation', 'retention.errors.kind', { field: 'kind' });
  const problems = validateSchedule(schedule);
  const first = problems[0];
  if (first)
    throw new AppError('validation', first.key, {
      field: `${first.category}.${first.field}`,
      problems: problems.map((p) => `${p.category}.${p.field}=${p.key}`).join(';'),
    });
  const versions = await readScheduleVersions(ctx.db, auth);
  const current = versions[0]?.schedule ?? defaultSchedule(schedule.kind);
  if (JSON.stringify(current) === JSON.stringify(schedule)) return versions[0]?.version ?? 0;
  const version = (versions[0]?.version ?? 0) + 1;
  await addScheduleVersion(ctx.db, auth, version, {
    schedule,
    changedAt: ctx.now().toISOString(),
    changedBy: session.userId,
  });
  await auditEntries(ctx, session, 'retention.scheduleChange', 'setting', [
    `retentionSchedule:${version}`,
  ]);
  return version;
};
