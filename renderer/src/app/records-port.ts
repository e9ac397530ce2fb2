// The narrow port the records screens need from the records services. The screens' adapters
// (records-adapters.ts) are written against this; bindRecordsPort() maps it onto the records
// services, so a change in the service API touches one function here.
import type { Group, GroupDraft, GroupStatus, Representative, Subject } from '@shared/domain/types';
import type { Session } from '../services';
import type { ImportPreviewRow } from '../services/records/import';
import type { SubjectPage } from '../services/records/subjects-list';
import type { ExportSubject } from '../services/records/export';
import type { DemoRegister } from '../services/records/demo/demo-register';
import type {
  Leaving,
  LinkedRepresentative,
  PlannedLeavingItem,
  SubjectSave,
} from '../features/subjects/subjects-api';
import type { CaseloadWorker, ClientPatch } from '../features/clients/clients-api';
import type { ImportResult } from '../features/import/import-api';

export type RecordsPort = {
  readonly listGroups: (session: Session) => Promise<Group[]>;
  readonly createGroup: (session: Session, draft: GroupDraft) => Promise<string>;
  readonly updateGroup: (session: Session, id: string, draft: GroupDraft) => Promise<void>;
  readonly setGroupStatus: (session: Session, id: string, status: GroupStatus) => Promise<void>;
  /** Every subject the session may see (restricted ones only for roles that see them). */
  readonly listSubjects: (session: Session) => Promise<Subject[]>;
  /** The same, page by page (a small first page, then larger ones); onPage answers false to stop. */
  readonly listSubjectPages: (
    session: Session,
    onPage: (page: SubjectPage) => boolean,
  ) => Promise<void>;
  /** Personal codes a page of ids at a time; onPage answers false to stop. */
  readonly listPersonalCodePages: (
    session: Session,
    ids: readonly string[],
    onPage: (codes: ReadonlyMap<string, string>, read: number) => boolean,
  ) => Promise<void>;
  /** Records whose keys are missing from the keybook (institution-wide roles); 0 normally. */
  readonly unreadableRecords: (session: Session) => Promise<number>;
  /** Personal codes of these records, by id (search by code); identifiers permission. */
  readonly listPersonalCodes: (
    session: Session,
    ids: readonly string[],
  ) => Promise<ReadonlyMap<string, string>>;
  readonly getSubject: (
    session: Session,
    id: string,
  ) => Promise<{
    readonly subject: Subject;
    readonly representatives: readonly LinkedRepresentative[];
  }>;
  /** Creates or updates the subject and its representative links; returns the subject id. */
  readonly saveSubject: (session: Session, value: SubjectSave) => Promise<string>;
  /** Leavings planned for a date still to come, earliest first ('subject.leave'). */
  readonly listPlannedLeavings: (session: Session) => Promise<readonly PlannedLeavingItem[]>;
  /** Records a leaving or, with null, cancels it ('subject.leave'). */
  readonly setLeaving: (session: Session, id: string, leaving: Leaving | null) => Promise<void>;
  /** Health notes only (a nurse edits them without 'subject.edit'). */
  readonly setHealthNotes: (session: Session, id: string, notes: string) => Promise<void>;
  readonly findRepresentatives: (session: Session, query: string) => Promise<Representative[]>;
  /** Social office: parts of a client's record, each under its own permission. */
  readonly updateClient: (session: Session, id: string, patch: ClientPatch) => Promise<void>;
  /** Social office: the head sets the workers whose caseloads hold the client. */
  readonly assignCaseload: (
    session: Session,
    id: string,
    workerIds: readonly string[],
  ) => Promise<void>;
  readonly listCaseloadWorkers: (session: Session) => Promise<CaseloadWorker[]>;
  /** Blind-index lookup: is this normalized personal code already in the register? */
  readonly codeExists: (session: Session, code: string) => Promise<boolean>;
  readonly importRows: (
    session: Session,
    rows: readonly ImportPreviewRow[],
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
  /** The rows for an export of these ids, in this order; the service audits the export. */
  readonly exportSubjects: (session: Session, ids: readonly string[]) => Promise<ExportSubject[]>;
  readonly seedDemo: (
    session: Session,
    register: DemoRegister,
    onProgress?: (done: number, total: number) => void,
  ) => Promise<void>;
};
