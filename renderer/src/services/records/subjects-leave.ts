// Leavers (issue 9 item 2): a child is "atskaitīts" (a client's service ended) on a date with a
// reason. The date and reason are sealed in the record's core; the plaintext status 'left' only
// says that some record id is no longer attending (docs/retention.md explains why that is
// enough for the lists and the key placement, and reveals nothing personal). A date still to
// come is a planned leaving (shared/domain/leaving.ts): stored, the child still attending, and
// turned 'left' on the day by the next unlock of the head or the secretary (planned-leavings.ts).
import { isPlannedLeaving, leavingAction, leavingStatus } from '@shared/domain/leaving';
import type { LeavingReason, Subject } from '@shared/domain/types';
import { makeSubjectSchema } from '@shared/domain/schemas';
import type { IsoDate } from '@shared/text/dates';
import { updatePlannedLeavings } from '../../data/records/planned-leavings-repo';
import { readSubjectRow } from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, type Authorized } from '../authorize';
import {
  auditIds,
  rowAccess,
  schemaContext,
  validationError,
  type RecordsDeps,
} from './records-context';
import { mustOpenSubject } from './subjects-read';
import { storeSubject } from './subjects-write';

/** The leaving date ('YYYY-MM-DD', the institution's date) and why. */
export type Leaving = { readonly leftOn: IsoDate; readonly reason: LeavingReason };

const withLeaving = (subject: Subject, leaving: Leaving | null, today: IsoDate): Subject => {
  const { leftOn: _d, leftReason: _r, ...rest } = subject;
  if (leaving === null) return { ...rest, status: 'active' };
  const note = leaving.reason.note?.trim();
  return {
    ...rest,
    status: leavingStatus('left', leaving.leftOn, today),
    leftOn: leaving.leftOn,
    leftReason: { code: leaving.reason.code, ...(note ? { note } : {}) },
  };
};

/**
 * Stores a subject whose leaving changed, keeping the list of planned leavings right: an id is
 * added before the record is written and removed only after it, so a crash in between can leave
 * a stale id (dropped at the next unlock), never a planned leaving nobody looks at.
 */
export const storeLeaving = async (
  deps: RecordsDeps,
  auth: Authorized<'subject.leave'>,
  subject: Subject,
  row: SubjectRow,
  today: IsoDate,
): Promise<void> => {
  const planned = isPlannedLeaving(subject, today);
  if (planned) await updatePlannedLeavings(deps.ctx.db, auth, { add: [subject.id] });
  await storeSubject(deps, auth, subject, row);
  if (!planned) await updatePlannedLeavings(deps.ctx.db, auth, { remove: [subject.id] });
};

/**
 * Records that a child left (or a client's service ended), plans it for a date still to come, or
 * with `null` cancels either (the record is active again). Needs 'subject.leave' (head,
 * secretary). A date later than today (the institution's date) is a planned leaving: the child
 * stays active until that day (shared/domain/leaving.ts). Refuses a date before the enrolment
 * ('validation.leftBeforeEnrolled'), more than a year ahead ('validation.dateTooFarAhead'), and
 * reason 'other' without a note ('validation.required', field 'leftReason.note'). A leaving that
 * has happened moves the person's keys out of the group scope (a teacher can no longer open the
 * record). Audits 'subject.leave', 'subject.planLeave' or 'subject.unleave' with the id only.
 */
export const setLeaving = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  leaving: Leaving | null,
): Promise<void> => {
  const row = await readSubjectRow(deps.ctx.db, authorize(session, 'subject.leave'), id);
  const auth = authorize(session, 'subject.leave', rowAccess(row));
  const subject = await mustOpenSubject(auth, row);
  const context = await schemaContext(deps.ctx);
  const parsed = makeSubjectSchema(context).safeParse(withLeaving(subject, leaving, context.today));
  if (!parsed.success) throw validationError(parsed.error.issues);
  await storeLeaving(deps, auth, parsed.data, row, context.today);
  await auditIds(deps.ctx, session, leavingAction(parsed.data, context.today), 'subject', [id]);
};
