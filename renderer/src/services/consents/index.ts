// The consent ledger and forms workflow as the UI calls it. Every call authorizes the session
// and writes an audit entry (ids only).
import type { IsoDate } from '@shared/text';
import { readEvidence, type EvidenceFile } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { createCatalogService } from './catalog';
import { auditOne } from './consent-audit';
import type { ConsentDeps } from './consent-deps';
import { correctEvent, type CorrectEventInput } from './corrections';
import { issueForms, type IssueFormsInput } from './issue-forms';
import { consentSummary, groupMatrix, photoCheck, subjectConsents } from './lookups';
import {
  groupSheetPdf,
  reprintForm,
  reprintForms,
  withdrawalForm,
  type WithdrawalFormInput,
} from './printing';
import { unreturnedForms, type UnreturnedInput } from './unreturned';
import { groupOverview } from './overview';
import {
  previewTemplate,
  recordCustomAnswer,
  templateVersions,
  type CustomAnswerInput,
} from './template-tools';
import type { FormTemplate } from '@shared/pdf';
import {
  findForm,
  recordAnswers,
  withdraw,
  type RecordAnswersInput,
  type WithdrawInput,
} from './record-answers';

const evidence = async (
  deps: ConsentDeps,
  session: Session,
  evidenceId: string,
): Promise<EvidenceFile> => {
  const auth = authorize(session, 'consent.viewEvidence');
  const file = await readEvidence(deps.ctx.db, auth, evidenceId);
  await auditOne(deps.ctx, session, 'evidence.view', 'consentEvidence', evidenceId);
  return file;
};

export const createConsentService = (deps: ConsentDeps) => ({
  ...createCatalogService(deps),
  issueForms: (session: Session, input: IssueFormsInput) => issueForms(deps, session, input),
  findForm: (session: Session, formId: string) => findForm(deps, session, formId),
  reprintForm: (session: Session, formId: string) => reprintForm(deps, session, formId),
  reprintForms: (session: Session, formIds: readonly string[]) =>
    reprintForms(deps, session, formIds),
  unreturnedForms: (session: Session, input: UnreturnedInput) =>
    unreturnedForms(deps, session, input),
  groupOverview: (session: Session, groupId: string, onDate: IsoDate) =>
    groupOverview(deps, session, groupId, onDate),
  recordAnswers: (session: Session, input: RecordAnswersInput) =>
    recordAnswers(deps, session, input),
  withdraw: (session: Session, input: WithdrawInput) => withdraw(deps, session, input),
  correctEvent: (session: Session, input: CorrectEventInput) => correctEvent(deps, session, input),
  withdrawalForm: (session: Session, input: WithdrawalFormInput) =>
    withdrawalForm(deps, session, input),
  subjectConsents: (session: Session, subjectId: string, onDate: IsoDate) =>
    subjectConsents(deps, session, subjectId, onDate),
  groupMatrix: (session: Session, groupId: string, onDate: IsoDate) =>
    groupMatrix(deps, session, groupId, onDate),
  groupSheetPdf: (session: Session, groupId: string, onDate: IsoDate) =>
    groupSheetPdf(deps, session, groupId, onDate),
  photoCheck: (
    session: Session,
    subjectIds: readonly string[],
    purposeIds: readonly string[],
    onDate: IsoDate,
  ) => photoCheck(deps, session, subjectIds, purposeIds, onDate),
  consentSummary: (session: Session, subjectIds: readonly string[], onDate: IsoDate) =>
    consentSummary(deps, session, subjectIds, onDate),
  evidence: (session: Session, evidenceId: string) => evidence(deps, session, evidenceId),
  templateVersions: (session: Session) => templateVersions(deps, session),
  previewTemplate: (session: Session, edited: FormTemplate) =>
    previewTemplate(deps, session, edited),
  recordCustomAnswer: (session: Session, input: CustomAnswerInput) =>
    recordCustomAnswer(deps, session, input),
});

export type ConsentService = ReturnType<typeof createConsentService>;
export type {
  ConsentDeps,
  ConsentRecordsPort,
  ConsentSubject,
  ConsentRepresentative,
  ConsentGroup,
  NamedSubject,
} from './consent-deps';
export type { IssueFormsInput, IssueFormsResult } from './issue-forms';
export type { CorrectEventInput } from './corrections';
export type { FoundForm, RecordAnswersInput, WithdrawInput } from './record-answers';
export type { WithdrawalFormInput } from './printing';
export type {
  SubjectConsents,
  PurposeStatus,
  HistoryEntry,
  GroupMatrix,
  MatrixRow,
  PhotoCheckAnswer,
} from './lookups';
export type { TemplateSummary } from './catalog';
export type { UnreturnedForm, UnreturnedInput } from './unreturned';
export type { GroupOverview } from './overview';
export type { TemplateVersionInfo, CustomAnswerInput } from './template-tools';
export {
  LT_WITHDRAWAL_TEMPLATE_ID,
  WITHDRAWAL_TEMPLATE_ID,
  withdrawalTemplateId,
} from './printing';
export type { EvidenceFile } from '../../data/consents';
export type { IssuedForm, LedgerEvent } from '../../data/consents';
