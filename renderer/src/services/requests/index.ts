// The data-subject request register as the UI calls it (issue 8). Every call authorizes the
// session and audits with ids only. See docs/requests.md for the whole API.
import type { RequestProcedure } from '@shared/requests';
import type { LetterKind } from '@shared/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import {
  answerRequest,
  extendDeadline,
  refuseRequest,
  requestClarification,
  startWork,
  withdrawRequest,
  type AnswerInput,
  type ClarificationInput,
  type ExtensionInput,
  type RefusalInput,
} from './decisions';
import { accessReport, requestLetter } from './documents';
import {
  listDisclosures,
  recordDisclosure,
  recordFollowUp,
  setNotice,
  type DisclosureInput,
  type FollowUpInput,
  type NoticeInput,
} from './follow-up';
import { portabilityExport } from './portability';
import { getRequest, listRequests, requestReminders } from './read';
import { registerRequest, updateRequest, type RequestInput } from './register';
import { auditEntry, readProcedure, writeProcedure } from './requests-context';
import type { RequestsDeps } from './requests-deps';

const setProcedure = async (deps: RequestsDeps, session: Session, procedure: RequestProcedure) => {
  authorize(session, 'settings.manage');
  await writeProcedure(deps.ctx, procedure);
  await auditEntry(deps.ctx, session, 'settings.change', 'setting', 'requestProcedure');
};

export const createRequestsService = (deps: RequestsDeps) => ({
  procedure: () => readProcedure(deps.ctx),
  setProcedure: (session: Session, procedure: RequestProcedure) =>
    setProcedure(deps, session, procedure),
  list: (session: Session) => listRequests(deps, session),
  reminders: (session: Session) => requestReminders(deps, session),
  get: (session: Session, id: string) => getRequest(deps, session, id),
  register: (session: Session, input: RequestInput) => registerRequest(deps, session, input),
  update: (session: Session, id: string, input: RequestInput) =>
    updateRequest(deps, session, id, input),
  requestClarification: (session: Session, id: string, input: ClarificationInput) =>
    requestClarification(deps, session, id, input),
  startWork: (session: Session, id: string) => startWork(deps, session, id),
  extend: (session: Session, id: string, input: ExtensionInput) =>
    extendDeadline(deps, session, id, input),
  answer: (session: Session, id: string, input: AnswerInput) =>
    answerRequest(deps, session, id, input),
  refuse: (session: Session, id: string, input: RefusalInput) =>
    refuseRequest(deps, session, id, input),
  withdraw: (session: Session, id: string, on: string) => withdrawRequest(deps, session, id, on),
  letter: (session: Session, id: string, kind: LetterKind) =>
    requestLetter(deps, session, id, kind),
  accessReport: (session: Session, id: string) => accessReport(deps, session, id),
  portability: (session: Session, id: string) => portabilityExport(deps, session, id),
  recordFollowUp: (session: Session, id: string, input: FollowUpInput) =>
    recordFollowUp(deps, session, id, input),
  setNotice: (session: Session, id: string, disclosureId: string, input: NoticeInput) =>
    setNotice(deps, session, id, disclosureId, input),
  recordDisclosure: (session: Session, input: DisclosureInput) =>
    recordDisclosure(deps, session, input),
  listDisclosures: (session: Session, subjectId: string) =>
    listDisclosures(deps, session, subjectId),
});

export type RequestsService = ReturnType<typeof createRequestsService>;
export type {
  RequestsDeps,
  RequestRecordsPort,
  RequestConsentsPort,
  PersonRecord,
  PersonRepresentative,
  PersonConsents,
  RequestPersonChoice,
} from './requests-deps';
export type { RequestInput } from './register';
export type { AnswerInput, ClarificationInput, ExtensionInput, RefusalInput } from './decisions';
export type { DisclosureInput, FollowUpInput, NoticeInput } from './follow-up';
export type { RequestDetail, RequestListItem, RequestReminders } from './read';
export type { RequestPdf } from './documents';
export type { Disclosure } from '../../data/requests';
