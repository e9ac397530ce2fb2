// Reading the register: the list with each request's person and due date, one request in full,
// and the reminders the nav badge shows (counted from plaintext fields, nothing decrypted).
import {
  extensionNoticeDueDate,
  requestAnswerDue,
  type DataSubjectRequest,
  type RequestUrgency,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import {
  disclosuresOf,
  readRequest,
  readRequestSummaries,
  readRequestsByIds,
  type Disclosure,
  type RequestSummary,
} from '../../data/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { auditEntry, staffNames, today } from './requests-context';
import type { RequestsDeps } from './requests-deps';
import { nextDue, noticesDueOf, scheduleContext, urgencyOf } from './schedule';

export type RequestListItem = Omit<
  RequestSummary,
  'rule' | 'noticesDueOn' | 'createdAt' | 'updatedAt'
> & {
  /** The person's name from the register, or the free-text description; '' when neither opens. */
  readonly about: string;
  readonly aboutKind: 'subject' | 'representative' | 'unregistered';
  readonly due: { readonly on: IsoDate; readonly what: 'answer' | 'notices' } | null;
  readonly urgency: RequestUrgency | null;
};

type About = { readonly about: string; readonly aboutKind: RequestListItem['aboutKind'] };

const aboutOf = (
  r: Pick<DataSubjectRequest, 'subjectId' | 'representativeId' | 'description'>,
  subjects: ReadonlyMap<string, string>,
  reps: ReadonlyMap<string, string>,
): About => {
  if (r.subjectId !== null) return { about: subjects.get(r.subjectId) ?? '', aboutKind: 'subject' };
  if (r.representativeId !== null) {
    return { about: reps.get(r.representativeId) ?? '', aboutKind: 'representative' };
  }
  return { about: r.description ?? '', aboutKind: 'unregistered' };
};

const ids = (values: readonly (string | null)[]): string[] => [
  ...new Set(values.filter((v): v is string => v !== null)),
];

/**
 * Every request the session may see, newest first, with the person's name and what is due.
 * Decrypts only the names shown: the register's names of the people, and the description of
 * requests about someone not in the register. Audited once as a list.
 */
export const listRequests = async (
  deps: RequestsDeps,
  session: Session,
): Promise<RequestListItem[]> => {
  const auth = authorize(session, 'request.view');
  const summaries = await readRequestSummaries(deps.ctx.db, auth);
  const unregistered = summaries.filter((r) => r.subjectId === null && r.representativeId === null);
  const [subjects, reps, described, { country }] = await Promise.all([
    deps.records.subjectNames(session, ids(summaries.map((r) => r.subjectId))),
    deps.records.representativeNames(session, ids(summaries.map((r) => r.representativeId))),
    readRequestsByIds(
      deps.ctx.db,
      auth,
      unregistered.map((r) => r.id),
    ),
    scheduleContext(deps),
  ]);
  const descriptions = new Map(described.map((r) => [r.id, r.description]));
  const now = today(deps.ctx);
  const items = summaries.map(
    ({ rule: _r, noticesDueOn: _n, createdAt: _c, updatedAt: _u, ...s }) => {
      const due = nextDue({ ...s, rule: _r, noticesDueOn: _n }, country);
      const about = aboutOf({ ...s, description: descriptions.get(s.id) }, subjects, reps);
      return { ...s, ...about, due, urgency: urgencyOf(due, now, country) };
    },
  );
  await auditEntry(deps.ctx, session, 'request.list', 'request', null);
  return items;
};

export type RequestReminders = {
  readonly overdue: number;
  readonly soon: number;
  readonly later: number;
};

/** Open requests (and pending notices) by urgency, from plaintext fields only. Not audited. */
export const requestReminders = async (
  deps: RequestsDeps,
  session: Session,
): Promise<RequestReminders> => {
  const auth = authorize(session, 'request.view');
  const { country } = await scheduleContext(deps);
  const now = today(deps.ctx);
  const counts = { overdue: 0, soon: 0, later: 0 };
  for (const s of await readRequestSummaries(deps.ctx.db, auth)) {
    const urgency = urgencyOf(nextDue(s, country), now, country);
    if (urgency !== null) counts[urgency.kind] += 1;
  }
  return counts;
};

export type RequestDetail = {
  readonly request: DataSubjectRequest;
  readonly about: string;
  readonly aboutKind: RequestListItem['aboutKind'];
  readonly requesterName: string;
  readonly answerDue: IsoDate;
  /** The last day to announce an extension (the un-extended due date). */
  readonly extensionDeadline: IsoDate;
  readonly due: RequestListItem['due'];
  readonly urgency: RequestUrgency | null;
  /** The person's recipients log (for the notices), when the session may read it. */
  readonly disclosures: readonly Disclosure[];
  /** Names of the staff in the history. */
  readonly staff: ReadonlyMap<string, string>;
};

/** One request in full. Audited 'request.view'. */
export const getRequest = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
): Promise<RequestDetail> => {
  const auth = authorize(session, 'request.view');
  const r = await readRequest(deps.ctx.db, auth, id);
  const repIds = [r.representativeId, r.requester.representativeId].filter(
    (x): x is string => typeof x === 'string',
  );
  const [subjects, reps, { country }] = await Promise.all([
    deps.records.subjectNames(session, r.subjectId === null ? [] : [r.subjectId]),
    deps.records.representativeNames(session, repIds),
    scheduleContext(deps),
  ]);
  const disclosures =
    r.subjectId === null
      ? []
      : await disclosuresOf(deps.ctx.db, authorize(session, 'disclosure.view'), r.subjectId);
  const due = nextDue(
    {
      ...r,
      extensionMonths: r.extension?.months ?? 0,
      noticesDueOn: await noticesDueOf(deps, r),
    },
    country,
  );
  const requester = r.requester.representativeId
    ? (reps.get(r.requester.representativeId) ?? '')
    : (r.requester.name ?? '');
  const staffIds = [
    ...r.history.map((h) => h.by),
    ...(r.identity.checkedBy ? [r.identity.checkedBy] : []),
  ];
  await auditEntry(deps.ctx, session, 'request.view', 'request', id);
  return {
    request: r,
    ...aboutOf(r, subjects, reps),
    requesterName: requester,
    answerDue: requestAnswerDue(r, country),
    extensionDeadline: extensionNoticeDueDate({ received: r.receivedOn, country, rule: r.rule }),
    due,
    urgency: urgencyOf(due, today(deps.ctx), country),
    disclosures,
    staff: await staffNames(deps.ctx, session, staffIds),
  };
};
