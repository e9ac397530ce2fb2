// The records capability's use cases: groups, subjects (children and clients), their legal
// representatives, import and export. Each call authorizes the session (authorize.ts), works on
// sealed rows through data/records, and audits. See docs/records.md for the whole API.
import type {
  Group,
  GroupDraft,
  GroupStatus,
  Representative,
  Restriction,
  Subject,
} from '@shared/domain/types';
import type { Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';
import type { DemoRegister } from './demo';
import type { ExportSubject } from './export';
import { exportSubjects, seedDemo } from './export-service';
import { createGroupsService } from './groups-service';
import type { ImportPreviewRow } from './import';
import { importRows } from './import-service';
import type { RecordsDeps, RecordsOptions } from './records-context';
import type { ImportOptions, ImportResult, SubjectDetail, SubjectSave } from './records-types';
import { codeExists, findRepresentatives, getSubject } from './subjects-read';
import {
  listPersonalCodePages,
  listPersonalCodes,
  listSubjectPages,
  listSubjects,
  unreadableRecords,
  type SubjectPage,
} from './subjects-list';
import { saveSubject, setHealthNotes, setRestriction } from './subjects-write';
import { assignCaseload, updateClient, type ClientPatch } from './client-write';
import { listCaseloadWorkers, type CaseloadWorker } from './caseload-workers';
import { setLeaving, type Leaving } from './subjects-leave';
import { listPlannedLeavings, type PlannedLeaving } from './planned-leavings';

export const createRecordsService = (ctx: VaultContext, options: RecordsOptions = {}) => {
  const deps: RecordsDeps = { ctx, options };
  return {
    ...createGroupsService(deps),
    /** Visible records, decrypted (names and dates only; never codes or health). Audited once. */
    listSubjects: (session: Session): Promise<Subject[]> => listSubjects(deps, session),
    /**
     * The same records page by page (a small first page, then larger ones) for a list that shows
     * the first screen at once; `onPage` answers false to stop. Audited once.
     */
    listSubjectPages: (
      session: Session,
      onPage: (page: SubjectPage) => boolean | undefined,
    ): Promise<void> => listSubjectPages(deps, session, onPage),
    /** Records the session may see whose keys are missing (a damaged keybook); 0 normally. */
    unreadableRecords: (session: Session): Promise<number> => unreadableRecords(deps, session),
    /** Personal codes of these records, for search by code. Needs 'subject.viewIdentifiers'. */
    listPersonalCodes: (session: Session, ids: readonly string[]): Promise<Map<string, string>> =>
      listPersonalCodes(deps, session, ids),
    /** Personal codes a page of ids at a time (with how many ids were handled). Audited once. */
    listPersonalCodePages: (
      session: Session,
      ids: readonly string[],
      onPage: (codes: ReadonlyMap<string, string>, read: number) => boolean | undefined,
    ): Promise<void> => listPersonalCodePages(deps, session, ids, onPage),
    /** One record with its representatives. Audited as a view. */
    getSubject: (session: Session, id: string): Promise<SubjectDetail> =>
      getSubject(deps, session, id),
    /** Creates (no id) or updates a subject with its representative links, atomically. */
    saveSubject: (session: Session, save: SubjectSave): Promise<string> =>
      saveSubject(deps, session, save),
    /** GDPR art. 18: null lifts the restriction. */
    setRestriction: (
      session: Session,
      id: string,
      restriction: Restriction | null,
    ): Promise<void> => setRestriction(deps, session, id, restriction),
    /**
     * Records a leaving date and reason (status 'left'; a date still to come is a planned
     * leaving, the child active until then), or with null cancels it. Needs 'subject.leave'; see
     * subjects-leave.ts for the checks.
     */
    setLeaving: (session: Session, id: string, leaving: Leaving | null): Promise<void> =>
      setLeaving(deps, session, id, leaving),
    /** Leavings still to come, earliest first ('subject.leave'; see planned-leavings.ts). */
    listPlannedLeavings: (session: Session): Promise<PlannedLeaving[]> =>
      listPlannedLeavings(deps, session),
    setHealthNotes: (session: Session, id: string, notes: string): Promise<void> =>
      setHealthNotes(deps, session, id, notes),
    /** Social office: changes parts of a client's record, each under its own permission. */
    updateClient: (session: Session, id: string, patch: ClientPatch): Promise<void> =>
      updateClient(deps, session, id, patch),
    /** Social office: the head sets the workers whose caseloads hold the client. */
    assignCaseload: (session: Session, id: string, workerIds: readonly string[]): Promise<void> =>
      assignCaseload(deps, session, id, workerIds),
    /** Social office: the social and care workers (names, roles, active or not). */
    listCaseloadWorkers: (session: Session): Promise<CaseloadWorker[]> =>
      listCaseloadWorkers(deps, session),
    /** Blind-index lookup: is this personal code already stored? Needs the identifiers permission. */
    codeExists: (session: Session, code: string): Promise<boolean> =>
      codeExists(deps, session, code),
    findRepresentatives: (session: Session, query: string): Promise<Representative[]> =>
      findRepresentatives(deps, session, query),
    /** All-or-nothing import of preview rows; rows with errors are skipped and counted. */
    importRows: (
      session: Session,
      rows: readonly ImportPreviewRow[],
      importOptions?: ImportOptions,
    ): Promise<ImportResult> => importRows(deps, session, rows, importOptions),
    exportSubjects: (session: Session, ids: readonly string[]): Promise<ExportSubject[]> =>
      exportSubjects(deps, session, ids),
    seedDemo: (
      session: Session,
      register: DemoRegister,
      onProgress?: (done: number, total: number) => void,
    ): Promise<void> => seedDemo(deps, session, register, onProgress),
  };
};

export type RecordsService = ReturnType<typeof createRecordsService>;
export type { CaseloadWorker, ClientPatch, Group, GroupDraft, GroupStatus, Leaving };
