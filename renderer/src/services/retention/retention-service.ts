// The retention capability's use cases: the due list and the schedule it is computed with.
// docs/retention.md describes the schedule, the events and the due list.
import type { InstitutionKind } from '@shared/domain/types';
import { defaultSchedule, type RetentionSchedule } from '@shared/retention';
import type { IsoDate } from '@shared/text/dates';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { VaultContext } from '../vault-context';
import { listDueForErasure, type DueForErasure } from './due-list';

const institutionKind = async (ctx: VaultContext): Promise<InstitutionKind> => {
  const meta = await ctx.db.meta.get('vault');
  return meta?.id === 'vault' ? meta.kind : 'kindergarten';
};

/** The schedule in force: the defaults of the institution's kind until the head changes it. */
const currentSchedule = async (ctx: VaultContext): Promise<RetentionSchedule> =>
  defaultSchedule(await institutionKind(ctx));

export const createRetentionService = (ctx: VaultContext) => ({
  /** The schedule in force. Needs 'retention.view'. */
  schedule: async (session: Session): Promise<RetentionSchedule> => {
    authorize(session, 'retention.view');
    return currentSchedule(ctx);
  },
  /**
   * Everyone with data due for erasure on `today` (ISO, the institution's date): ids,
   * categories, due dates and what blocks an erasure. Needs 'retention.view'.
   */
  listDueForErasure: async (session: Session, today: IsoDate): Promise<DueForErasure[]> =>
    listDueForErasure(ctx, session, await currentSchedule(ctx), today),
});

export type RetentionService = ReturnType<typeof createRetentionService>;
