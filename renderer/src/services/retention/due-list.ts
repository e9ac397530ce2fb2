// The "due for erasure" list (issue 9 item 3): which people's data, by category, has outlived
// its retention period on a given day. Ids, categories and dates only: the page resolves names
// through the records service, so nothing personal is held or stored here.
import type { SubjectKind } from '@shared/domain/types';
import {
  dueForErasure,
  notYetDue,
  type NotYetDue,
  type RetentionDate,
  type RetentionSchedule,
} from '@shared/retention';
import { isValidIsoDate, type IsoDate } from '@shared/text/dates';
import { AppError } from '@shared/errors/app-error';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { VaultContext } from '../vault-context';
import { gatherRetentionFacts } from './retention-facts';

/** Why erasing this person now would be refused (GDPR Art. 17(3); issue 9 "Bad input"). */
export type ErasureBlock = 'legalHold' | 'openRequest';

export type DueForErasure = {
  readonly personId: string;
  readonly kind: SubjectKind;
  /** The categories due, in schedule order, each with its event and due date. */
  readonly categories: readonly RetentionDate[];
  /** Empty when the erasure may go ahead; otherwise what stops it. */
  readonly blockedBy: readonly ErasureBlock[];
};

/**
 * Everyone with at least one category due on `today` ('YYYY-MM-DD', the institution's date),
 * sorted by the earliest due date. Needs 'retention.view' (head, secretary). Throws
 * AppError('validation', 'validation.date') for a malformed `today`. Not audited: it reads
 * plaintext dates and the leaving date only, and returns ids (the names are read, and
 * audited, by the records service).
 */
export const listDueForErasure = async (
  ctx: VaultContext,
  session: Session,
  schedule: RetentionSchedule,
  today: IsoDate,
): Promise<DueForErasure[]> => {
  const auth = authorize(session, 'retention.view');
  if (!isValidIsoDate(today)) throw new AppError('validation', 'validation.date');
  const people = await gatherRetentionFacts(ctx, auth, today);
  const out: DueForErasure[] = [];
  for (const p of people) {
    const categories = dueForErasure(schedule, p.facts, today);
    if (categories.length === 0) continue;
    const blockedBy: ErasureBlock[] = [];
    if (p.legalHold) blockedBy.push('legalHold');
    if (p.openRequest) blockedBy.push('openRequest');
    out.push({ personId: p.personId, kind: p.kind, categories, blockedBy });
  }
  const first = (d: DueForErasure) => d.categories.map((c) => c.dueOn).sort()[0] ?? '';
  return out.sort(
    (a, b) => first(a).localeCompare(first(b)) || a.personId.localeCompare(b.personId),
  );
};

/**
 * What of one person is stored but not yet due on `today` ('YYYY-MM-DD', the institution's
 * date): the categories a whole-record erasure takes before their time, each with the day its
 * period ends (null while it has not started). Needs 'retention.view' (head, secretary). Throws
 * AppError('validation', 'validation.date') for a malformed `today`; empty for an unknown id or a
 * record the session cannot open. Not audited: ids and dates only, like the due list.
 */
export const listNotYetDue = async (
  ctx: VaultContext,
  session: Session,
  schedule: RetentionSchedule,
  personId: string,
  today: IsoDate,
): Promise<NotYetDue[]> => {
  const auth = authorize(session, 'retention.view');
  if (!isValidIsoDate(today)) throw new AppError('validation', 'validation.date');
  const [person] = await gatherRetentionFacts(ctx, auth, today, personId);
  if (person === undefined || person.unreadable) return [];
  return notYetDue(schedule, person.facts, today);
};
