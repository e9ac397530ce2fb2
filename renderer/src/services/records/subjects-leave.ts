// Leavers (issue 9 item 2): a child is "atskaitīts" (a client's service ended) on a date with a
// reason. The date and reason are sealed in the record's core; the plaintext status 'left' only
// says that some record id is no longer attending (docs/retention.md explains why that is
// enough for the lists and the key placement, and reveals nothing personal).
import type { LeavingReason, Subject } from '@shared/domain/types';
import { makeSubjectSchema } from '@shared/domain/schemas';
import { AppError } from '@shared/errors/app-error';
import { isValidIsoDate, type IsoDate } from '@shared/text/dates';
import { readSubjectRow } from '../../data/records/records-repo';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
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

const withLeaving = (subject: Subject, leaving: Leaving | null): Subject => {
  const { leftOn: _d, leftReason: _r, ...rest } = subject;
  if (leaving === null) return { ...rest, status: 'active' };
  const note = leaving.reason.note?.trim();
  return {
    ...rest,
    status: 'left',
    leftOn: leaving.leftOn,
    leftReason: { code: leaving.reason.code, ...(note ? { note } : {}) },
  };
};

/**
 * Records that a child left (or a client's service ended), or with `null` cancels it (the
 * record is active again). Needs 'subject.leave' (head, secretary). The date may not be later
 * than today: a planned leaving is recorded on the day (AppError('validation',
 * 'records.errors.leftInFuture', { field: 'leftOn' })); nor before the enrolment date
 * ('validation.leftBeforeEnrolled'); reason 'other' needs a note ('validation.required',
 * field 'leftReason.note'). Moves the person's keys out of the group scope (a teacher can no
 * longer open the record) and audits 'subject.leave' / 'subject.unleave' with the id only.
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
  if (leaving !== null && isValidIsoDate(leaving.leftOn) && leaving.leftOn > context.today)
    throw new AppError('validation', 'records.errors.leftInFuture', { field: 'leftOn' });
  const parsed = makeSubjectSchema(context).safeParse(withLeaving(subject, leaving));
  if (!parsed.success) throw validationError(parsed.error.issues);
  await storeSubject(deps, auth, parsed.data, row);
  await auditIds(deps.ctx, session, leaving ? 'subject.leave' : 'subject.unleave', 'subject', [id]);
};
