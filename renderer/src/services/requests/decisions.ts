// Moving a request along: asking for identity or clarification, taking it into work, extending
// the deadline, answering, refusing, recording a withdrawal. The secretary prepares
// (request.manage); the head decides (request.decide: extension, answer, refusal).
import {
  REFUSAL_REASONS,
  canMoveTo,
  isOpenRequestStatus,
  maxExtensionMonths,
  requestExtensionDeadline,
  type DataSubjectRequest,
  type RefusalReason,
  type RequestStatus,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { mutateRequest } from './mutate';
import { fieldError, institutionCountry, today } from './requests-context';
import type { RequestsDeps } from './requests-deps';
import { LIMITS, actionDate, oneOf, optionalText, requiredText } from './validate';

const moveTo = (r: DataSubjectRequest, to: RequestStatus): RequestStatus => {
  if (!canMoveTo(r.status, to)) {
    throw fieldError(
      'status',
      isOpenRequestStatus(r.status) ? 'requests.errors.notAllowedNow' : 'requests.errors.closed',
    );
  }
  return to;
};

export type ClarificationInput = { readonly text: string; readonly on: IsoDate };

/** Asks the person for identity or a clarification (seed 002 point 11; Art. 12(6)). */
export const requestClarification = (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: ClarificationInput,
) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.manage'),
    id,
    'clarification-requested',
    'request.clarify',
    (r) => ({
      status: moveTo(r, 'clarification-requested'),
      clarification: {
        text: requiredText(input.text, 'text', LIMITS.text),
        on: actionDate(input.on, 'on', r.receivedOn, today(deps.ctx)),
      },
    }),
  );

/** The person answered, or no clarification is needed: the request is being worked on. */
export const startWork = (deps: RequestsDeps, session: Session, id: string) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.manage'),
    id,
    'work-started',
    'request.start',
    (r) => ({
      status: moveTo(r, 'in-progress'),
    }),
  );

export type ExtensionInput = {
  readonly months: 1 | 2;
  readonly reasons: string;
  readonly on: IsoDate;
};

/**
 * Extends the answer period by one or two months in all (GDPR Art. 12(3); seed 002 point 15).
 * Refused on the field: after the un-extended deadline has passed ('on'), longer than the law
 * allows or not longer than the extension already given ('months'), without reasons.
 */
export const extendDeadline = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: ExtensionInput,
) => {
  const country = await institutionCountry(deps.ctx);
  return mutateRequest(
    deps,
    session,
    authorize(session, 'request.decide'),
    id,
    'extended',
    'request.extend',
    (r) => {
      if (!isOpenRequestStatus(r.status)) throw fieldError('status', 'requests.errors.closed');
      if (
        !Number.isInteger(input.months) ||
        input.months < 1 ||
        input.months > maxExtensionMonths(r.rule)
      ) {
        throw fieldError('months', 'requests.errors.extensionTooLong');
      }
      if (r.extension !== undefined && input.months <= r.extension.months) {
        throw fieldError('months', 'requests.errors.extensionNotLonger');
      }
      const on = actionDate(input.on, 'on', r.receivedOn, today(deps.ctx));
      if (on > requestExtensionDeadline(r, country)) {
        throw fieldError('on', 'requests.errors.extensionAfterDeadline');
      }
      const reasons = requiredText(
        input.reasons,
        'reasons',
        LIMITS.text,
        'requests.errors.reasonsRequired',
      );
      return {
        extension: { months: input.months, reasons, decidedOn: on, decidedBy: session.userId },
      };
    },
  );
};

export type AnswerInput = { readonly on: IsoDate; readonly text: string };

/** The head's answer. Refused on the field: an answer dated before receipt or in the future. */
export const answerRequest = (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: AnswerInput,
) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.decide'),
    id,
    'answered',
    'request.answer',
    (r) => ({
      status: moveTo(r, 'answered'),
      outcome: {
        on: actionDate(
          input.on,
          'on',
          r.receivedOn,
          today(deps.ctx),
          'requests.errors.answerBeforeReceipt',
        ),
        decidedBy: session.userId,
        text: requiredText(input.text, 'text', LIMITS.text, 'requests.errors.answerRequired'),
      },
    }),
  );

export type RefusalInput = {
  readonly on: IsoDate;
  readonly reasons: readonly RefusalReason[];
  readonly partial: boolean;
  readonly text?: string | undefined;
};

/** Refusal in whole or in part, with at least one reason (Art. 12(4)). */
export const refuseRequest = (
  deps: RequestsDeps,
  session: Session,
  id: string,
  input: RefusalInput,
) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.decide'),
    id,
    'refused',
    'request.refuse',
    (r) => {
      if (input.reasons.length === 0) throw fieldError('reasons', 'requests.errors.reasonRequired');
      const reasons = [...new Set(input.reasons.map((x) => oneOf(x, REFUSAL_REASONS, 'reasons')))];
      const text = optionalText(input.text, 'text', LIMITS.text);
      return {
        status: moveTo(r, 'refused'),
        outcome: {
          on: actionDate(
            input.on,
            'on',
            r.receivedOn,
            today(deps.ctx),
            'requests.errors.answerBeforeReceipt',
          ),
          decidedBy: session.userId,
          reasons,
          partial: input.partial,
          ...(text === undefined ? {} : { text }),
        },
      };
    },
  );

/** The person withdrew the request. */
export const withdrawRequest = (deps: RequestsDeps, session: Session, id: string, on: IsoDate) =>
  mutateRequest(
    deps,
    session,
    authorize(session, 'request.manage'),
    id,
    'withdrawn',
    'request.withdraw',
    (r) => ({
      status: moveTo(r, 'withdrawn'),
      outcome: {
        on: actionDate(on, 'on', r.receivedOn, today(deps.ctx)),
        decidedBy: session.userId,
      },
    }),
  );
