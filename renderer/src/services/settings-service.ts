// Non-personal settings stored in plaintext. Reading needs no session (the idle timer runs
// around the lock screen too); changing them is the head's ('settings.manage').
import { AppError } from '@shared/errors/app-error';
import { appendAudit } from '../data/audit/audit-log';
import type { Session } from '../data/session/session';
import { authorize, keyringFor } from './authorize';
import { getServiceNames, setServiceNames } from './service-names';
import type { VaultContext } from './vault-context';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const IDLE_LOCK_RANGE = { min: 1, max: 240 } as const;
const IDLE_KEY = 'idleLockMinutes';

const getIdleLockMinutes = async (ctx: VaultContext): Promise<number> => {
  const row = await ctx.db.settings.get(IDLE_KEY);
  return typeof row?.value === 'number' ? row.value : DEFAULT_IDLE_LOCK_MINUTES;
};

const setIdleLockMinutes = async (
  ctx: VaultContext,
  session: Session,
  minutes: number,
): Promise<void> => {
  const auth = authorize(session, 'settings.manage');
  if (
    !Number.isInteger(minutes) ||
    minutes < IDLE_LOCK_RANGE.min ||
    minutes > IDLE_LOCK_RANGE.max
  ) {
    throw new AppError('validation', 'errors.idleMinutesRange', {
      min: IDLE_LOCK_RANGE.min,
      max: IDLE_LOCK_RANGE.max,
    });
  }
  await ctx.db.settings.put({ id: IDLE_KEY, value: minutes });
  await appendAudit(
    ctx.db,
    keyringFor(auth).audit,
    [{ actor: session.userId, action: 'settings.change', entity: 'setting', entityId: IDLE_KEY }],
    ctx.now(),
  );
};

export const createSettingsService = (ctx: VaultContext) => ({
  /** Social office: the list of service names a client's service is chosen from (issue 11). */
  getServiceNames: (): Promise<string[]> => getServiceNames(ctx),
  setServiceNames: (session: Session, names: readonly string[]): Promise<void> =>
    setServiceNames(ctx, session, names),
  getIdleLockMinutes: (): Promise<number> => getIdleLockMinutes(ctx),
  setIdleLockMinutes: (session: Session, minutes: number): Promise<void> =>
    setIdleLockMinutes(ctx, session, minutes),
});

export type SettingsService = ReturnType<typeof createSettingsService>;
