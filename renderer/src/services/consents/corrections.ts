// Correcting a mistaken entry (issue 14, defect 2): "Nepiekrītu" recorded where the parent ticked
// "Piekrītu", a withdrawal entered for the wrong child. The earlier event stays in the ledger;
// a new event supersedes it with the right answer (or 'voided'), a required reason, who and when.
// Only the head and the secretary may correct (permission consent.correct).
import {
  CORRECTION_REASON_MAX,
  correctionProblem,
  type ConsentEventKind,
  type CorrectionProblem,
} from '@shared/consent';
import { AppError } from '@shared/errors/app-error';
import { addEvents, eventsOfSubjects, type LedgerEvent } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { auditOne } from './consent-audit';
import type { ConsentDeps } from './consent-deps';

export type CorrectEventInput = {
  readonly subjectId: string;
  /** The id of the event recorded by mistake (must still be in force). */
  readonly eventId: string;
  /** The answer the paper really gave, or 'voided' when no answer belongs there. */
  readonly kind: ConsentEventKind;
  /** Why; required, at most CORRECTION_REASON_MAX characters. */
  readonly reason: string;
};

const PROBLEM_KEYS: Readonly<Record<CorrectionProblem, string>> = {
  notFound: 'errors.eventNotFound',
  alreadyCorrected: 'errors.alreadyCorrected',
  nothingToCorrect: 'errors.nothingToCorrect',
  sameAnswer: 'validation.sameAnswer',
};

const assertReason = (value: string): string => {
  const reason = value.trim();
  if (reason === '')
    throw new AppError('validation', 'validation.correctionReason', { field: 'reason' });
  if (reason.length > CORRECTION_REASON_MAX || /\p{Cc}/u.test(reason.replace(/\n/g, '')))
    throw new AppError('validation', 'validation.tooLong', { field: 'reason' });
  return reason;
};

/**
 * Records a correction of `input.eventId`. The new event keeps the purpose, representative, date
 * signed, channel, form id and scan of the one it supersedes, so the history reads as one line.
 * Throws AppError: forbidden (not head/secretary, or the child is outside the session's scope),
 * not-found (no such event of this child), validation (reason missing or too long, same answer,
 * already corrected). Audited as `consent.correct` on the subject.
 */
export const correctEvent = async (
  deps: ConsentDeps,
  session: Session,
  input: CorrectEventInput,
): Promise<LedgerEvent> => {
  const subject = await deps.records.subject(session, input.subjectId);
  const auth = authorize(session, 'consent.correct', {
    subjectGroupId: subject.groupId,
    restricted: subject.restricted,
  });
  const reason = assertReason(input.reason);
  const events = (await eventsOfSubjects(deps.ctx.db, auth, [subject.id])).get(subject.id) ?? [];
  const problem = correctionProblem(events, input.eventId, input.kind);
  if (problem !== null) {
    const code = problem === 'notFound' ? 'not-found' : 'validation';
    throw new AppError(code, PROBLEM_KEYS[problem], { field: 'kind' });
  }
  const target = events.find((e) => e.id === input.eventId);
  if (target === undefined) throw new AppError('not-found', PROBLEM_KEYS.notFound);
  const { id: _id, signedBy: _signedBy, recordedAt: _at, recordedBy: _by, ...kept } = target;
  const correction: LedgerEvent = {
    ...kept,
    id: crypto.randomUUID(),
    kind: input.kind,
    recordedAt: deps.ctx.now().toISOString(),
    recordedBy: session.userId,
    supersedes: target.id,
    correctionReason: reason,
  };
  await addEvents(deps.ctx.db, auth, [correction]);
  await auditOne(deps.ctx, session, 'consent.correct', 'subject', subject.id);
  return correction;
};
