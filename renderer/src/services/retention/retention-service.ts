// The retention capability's use cases: the due list and the schedule it is computed with.
// docs/retention.md describes the schedule, the events and the due list.
import type { NotYetDue, RetentionSchedule } from '@shared/retention';
import type { IsoDate } from '@shared/text/dates';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { VaultContext } from '../vault-context';
import { listDueForErasure, listNotYetDue, type DueForErasure } from './due-list';
import {
  saveSchedule,
  scheduleHistory,
  scheduleInForce,
  type ScheduleVersion,
} from './schedule-service';

export const createRetentionService = (ctx: VaultContext) => ({
  /** The schedule in force (the kind's defaults until the head saves one). 'retention.view'. */
  schedule: async (session: Session): Promise<RetentionSchedule> =>
    scheduleInForce(ctx, authorize(session, 'retention.view')),
  /** Every saved version, newest first; empty while the defaults are in force. 'retention.view'. */
  scheduleHistory: (session: Session): Promise<ScheduleVersion[]> => scheduleHistory(ctx, session),
  /** Stores a new version (head, 'retention.manage'); returns its number. See schedule-service. */
  saveSchedule: (session: Session, schedule: RetentionSchedule): Promise<number> =>
    saveSchedule(ctx, session, schedule),
  /**
   * Everyone with data due for erasure on `today` (ISO, the institution's date): ids,
   * categories, due dates and what blocks an erasure. Needs 'retention.view'.
   */
  listDueForErasure: async (session: Session, today: IsoDate): Promise<DueForErasure[]> =>
    listDueForErasure(
      ctx,
      session,
      await scheduleInForce(ctx, authorize(session, 'retention.view')),
      today,
    ),
  /**
   * One person's categories stored but not yet due on `today` (what a whole-record erasure takes
   * early, with the day each period ends; null while it has not started). 'retention.view'.
   */
  listNotYetDue: async (session: Session, personId: string, today: IsoDate): Promise<NotYetDue[]> =>
    listNotYetDue(
      ctx,
      session,
      await scheduleInForce(ctx, authorize(session, 'retention.view')),
      personId,
      today,
    ),
});

export type RetentionService = ReturnType<typeof createRetentionService>;
