// A data-subject request as the app holds it in memory (decrypted), and the pure rules around it:
// the institution's procedure, which status may follow which, and the due dates it derives
// (never stored: ARCHITECTURE §6). Storage is renderer/src/data/requests.
import type { Country } from '../domain/types';
import type { IsoDate } from '../text/dates';
import { requestDueDate, type DeadlineRule, type ExtensionMonths } from './deadline';
import type {
  IdentityMethod,
  LetterKind,
  RefusalReason,
  RepresentativeAuthority,
  RequestChannel,
  RequestStatus,
  RequestType,
  RequesterKind,
} from './types';
import { addWorkingDays } from './working-days';

/**
 * The institution's request procedure (a setting). `answer`: the period for answering;
 * `followUp`: the period for the corrections, erasure, restriction and the notices to recipients
 * that follow a decision (seed 002 points 22, 25, 27, 32: five working days), or, where the
 * procedure names none, the answer's own due date (GDPR Art. 12(3), 19).
 */
export type RequestProcedure = {
  readonly answer: 'one-month' | '30-days';
  readonly followUp: 'answer-deadline' | '5-working-days';
};

/** LV: GDPR's month; LT: the seed 002 procedure (30 days, 5 working days for follow-ups). */
export const DEFAULT_PROCEDURES: Readonly<Record<Country, RequestProcedure>> = {
  LV: { answer: 'one-month', followUp: 'answer-deadline' },
  LT: { answer: '30-days', followUp: '5-working-days' },
};

export type RequestRequester = {
  readonly kind: RequesterKind;
  /** A representative from the register who made the request. */
  readonly representativeId?: string;
  /** Free text when the requester is not in the register. */
  readonly name?: string;
  /** For a representative: the authority shown (seed 002 point 10). */
  readonly authority?: RepresentativeAuthority;
};

export type RequestIdentity = {
  readonly method: IdentityMethod;
  /** User id of the staff member who checked it. */
  readonly checkedBy?: string;
  readonly checkedOn?: IsoDate;
  /** e.g. the document shown; sealed under the identifiers key. */
  readonly note?: string;
};

export type RequestExtension = {
  readonly months: 1 | 2;
  readonly reasons: string;
  readonly decidedOn: IsoDate;
  readonly decidedBy: string;
};

export type RequestOutcome = {
  readonly on: IsoDate;
  readonly decidedBy: string;
  readonly text?: string;
  /** Refusals only, at least one. */
  readonly reasons?: readonly RefusalReason[];
  /** Refusals: refused in part only. */
  readonly partial?: boolean;
};

/** What was done after the decision, which starts the notices to recipients (GDPR Art. 19). */
export const FOLLOW_UP_KINDS = ['rectified', 'erasure-decided', 'restricted'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type RequestFollowUp = {
  readonly kind: FollowUpKind;
  readonly on: IsoDate;
  readonly by: string;
};

export const NOTICE_STATES = ['pending', 'sent', 'not-needed'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
/** One recipient to tell about the correction, erasure or restriction (Art. 19). */
export type RecipientNotice = {
  readonly disclosureId: string;
  readonly state: NoticeState;
  readonly on?: IsoDate;
  /** Why no notice is needed (Art. 19: impossible or disproportionate effort). */
  readonly reason?: string;
};

export type RequestDocumentKind = LetterKind | 'access-report' | 'portability';
/** A letter or report produced for the request, with the number printed on it. */
export type RequestDocument = {
  readonly number: string;
  readonly kind: RequestDocumentKind;
  readonly date: IsoDate;
  readonly by: string;
};

export const REQUEST_EVENTS = [
  'registered',
  'updated',
  'clarification-requested',
  'work-started',
  'extended',
  'answered',
  'refused',
  'withdrawn',
  'document',
  'follow-up',
  'notice',
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];
export type RequestHistoryEntry = {
  /** ISO instant. */
  readonly at: string;
  readonly by: string;
  readonly event: RequestEvent;
  readonly status?: RequestStatus;
  /** What the event concerns, when not the request as a whole: a document's number. */
  readonly ref?: string;
};

export type DataSubjectRequest = {
  readonly id: string;
  /** Register number 'YYYY/N', e.g. '2026/7'. */
  readonly number: string;
  readonly type: RequestType;
  readonly status: RequestStatus;
  readonly receivedOn: IsoDate;
  readonly channel: RequestChannel;
  /** The answer rule of the procedure when the request was registered. */
  readonly rule: 'one-month' | '30-days';
  /** The child or client it is about, from the register. */
  readonly subjectId: string | null;
  /** A representative it is about (their own data), from the register. */
  readonly representativeId: string | null;
  /** A person not in the register: free text, sealed like other personal data. */
  readonly description?: string;
  /** What exactly is asked. */
  readonly details?: string;
  readonly requester: RequestRequester;
  readonly identity: RequestIdentity;
  /** Where the reply goes when the requester's address is not in the register. */
  readonly replyTo?: string;
  readonly clarification?: { readonly text: string; readonly on: IsoDate };
  readonly extension?: RequestExtension;
  readonly outcome?: RequestOutcome;
  readonly followUp?: RequestFollowUp;
  readonly notices: readonly RecipientNotice[];
  readonly documents: readonly RequestDocument[];
  readonly history: readonly RequestHistoryEntry[];
  readonly notes?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** Which status may follow which. Closed requests stay closed. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  registered: ['clarification-requested', 'in-progress', 'answered', 'refused', 'withdrawn'],
  'clarification-requested': ['in-progress', 'answered', 'refused', 'withdrawn'],
  'in-progress': ['clarification-requested', 'answered', 'refused', 'withdrawn'],
  answered: [],
  refused: [],
  withdrawn: [],
};

export const canMoveTo = (from: RequestStatus, to: RequestStatus): boolean =>
  REQUEST_TRANSITIONS[from].includes(to);

const extensionMonths = (r: Pick<DataSubjectRequest, 'extension'>): ExtensionMonths =>
  r.extension?.months ?? 0;

/** The answer's due date, with any extension ('YYYY-MM-DD', local time). */
export const requestAnswerDue = (
  r: Pick<DataSubjectRequest, 'receivedOn' | 'rule' | 'extension'>,
  country: Country,
): IsoDate =>
  requestDueDate({
    received: r.receivedOn,
    country,
    rule: r.rule satisfies DeadlineRule,
    extensionMonths: extensionMonths(r),
  });

/** The last day to announce an extension: the un-extended due date (Art. 12(3)). */
export const requestExtensionDeadline = (
  r: Pick<DataSubjectRequest, 'receivedOn' | 'rule'>,
  country: Country,
): IsoDate => requestDueDate({ received: r.receivedOn, country, rule: r.rule });

/**
 * When the notices to recipients are due: five working days after the follow-up under the
 * Lithuanian procedure, else the answer's due date (or the follow-up day, if that is later).
 */
export const noticesDue = (
  r: Pick<DataSubjectRequest, 'receivedOn' | 'rule' | 'extension'>,
  followUpOn: IsoDate,
  country: Country,
  procedure: RequestProcedure,
): IsoDate => {
  if (procedure.followUp === '5-working-days') return addWorkingDays(followUpOn, 5, country);
  const answerDue = requestAnswerDue(r, country);
  return answerDue > followUpOn ? answerDue : followUpOn;
};

/** True while any notice is still to be sent or decided. */
export const hasPendingNotices = (r: Pick<DataSubjectRequest, 'notices'>): boolean =>
  r.notices.some((n) => n.state === 'pending');
