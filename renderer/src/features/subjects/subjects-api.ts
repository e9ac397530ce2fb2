// What the subject screens need from the app; the adapter in app/records-adapters.ts binds
// these to the records services and the session. Nothing here knows about storage.
import type {
  Country,
  LeavingReason,
  Representative,
  SubjectKind,
  SubjectStatus,
} from '@shared/domain/types';
import type { IsoDate } from '@shared/text/dates';
import type { SubjectDetail as ServiceSubjectDetail, SubjectSave } from '../../services/records';
import type { SubjectHits } from '../../services/records/search';

export type { SubjectHits } from '../../services/records/search';

export type GroupOption = {
  readonly id: string;
  readonly name: string;
  readonly status: 'active' | 'closed';
};

export type SubjectListItem = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly groupId: string | null;
  readonly status: SubjectStatus;
  readonly restricted: boolean;
  /** Set only when another record has the same name: shown beside it (issue 14, defect 11). */
  readonly namesakeBirthDate?: IsoDate | undefined;
};

export type SubjectFilter = {
  /** 'all', a group id, or 'none' for records without a group. */
  readonly group: string;
  /**
   * 'active' (everyday work), 'archive' (left or archived: the "Arhīvs" filter), 'all', or one
   * status.
   */
  readonly status: SubjectStatus | 'archive' | 'all';
};

/** The visible records, decrypted in memory, with an index for search (ARCHITECTURE §2). */
export type SubjectListing = {
  readonly items: ReadonlyMap<string, SubjectListItem>;
  /**
   * Ids in Latvian order that match the query (names; codes only where the role may). Ids are
   * made only for the positions read, so a broad query over 50,000 records stays cheap.
   */
  readonly search: (query: string, filter: SubjectFilter) => SubjectHits;
  /** Settles when personal codes are searchable too (they load after the list is shown). */
  readonly codesReady?: Promise<void>;
  /** How many records could not be opened because their keys are missing (0 normally). */
  readonly unreadable?: Promise<number>;
};

export type ConsentSummaryTone = 'ok' | 'partial' | 'none' | 'unknown';
/** A short text and a tone (shown as an icon plus the text, never colour alone). */
export type ConsentSummary = { readonly text: string; readonly tone: ConsentSummaryTone };

/** CSV and XLSX carry labels in the UI language; JSON carries the machine codes. */
export type ExportFormat = 'csv' | 'xlsx' | 'json';

export type SubjectPermissions = {
  readonly create: boolean;
  readonly edit: boolean;
  readonly import: boolean;
  readonly export: boolean;
  readonly viewCodes: boolean;
  readonly viewHealth: boolean;
  readonly editHealth: boolean;
  readonly viewRestricted: boolean;
  readonly restrict: boolean;
  /** Head and secretary: record or cancel a leaving (atskaitīšana). */
  readonly leave: boolean;
  readonly viewContacts: boolean;
  readonly editRepresentatives: boolean;
  readonly viewConsents: boolean;
  /** The head: who saw and changed this record (the audit trail). */
  readonly viewAccessTrail: boolean;
  /** Head and secretary: propose erasing the record (the head approves, issue 9). */
  readonly proposeErasure?: boolean;
};

export type SubjectNavigation = {
  readonly open: (id: string) => void;
  readonly edit: (id: string) => void;
  readonly create: () => void;
  readonly list: () => void;
  readonly importFile: () => void;
  readonly consents: (id: string) => void;
  readonly accessTrail: (id: string) => void;
  readonly proposeErasure?: (id: string) => void;
};

export type SubjectsListApi = {
  readonly kind: SubjectKind;
  readonly can: SubjectPermissions;
  readonly nav: SubjectNavigation;
  readonly load: () => Promise<SubjectListing>;
  readonly groups: () => Promise<GroupOption[]>;
  /** Reserved for the consents capability: a short summary per record id. */
  readonly consentSummary?: (
    ids: readonly string[],
  ) => Promise<ReadonlyMap<string, ConsentSummary>>;
  /** Writes the given rows (in this order) to a file through the host; false when cancelled. */
  readonly exportList: (ids: readonly string[], format: ExportFormat) => Promise<boolean>;
};

/** A representative as linked to one subject. */
// The record shapes the records service reads and saves; the screens use them unchanged.
export type { LinkedRepresentative, RepresentativeSave, SubjectSave } from '../../services/records';

/** A leaving as the leaving dialog records it. */
export type Leaving = { readonly leftOn: IsoDate; readonly reason: LeavingReason };

export type SubjectDetail = ServiceSubjectDetail & { readonly groupName?: string | undefined };

export type SubjectFormApi = {
  readonly kind: SubjectKind;
  readonly country: Country;
  readonly today: IsoDate;
  readonly can: SubjectPermissions;
  readonly nav: SubjectNavigation;
  readonly groups: () => Promise<GroupOption[]>;
  readonly load: (id: string) => Promise<SubjectDetail>;
  /** Saves and returns the record's id. A duplicate personal code is an AppError with details.field. */
  readonly save: (value: SubjectSave) => Promise<string>;
  /** Records a leaving ('YYYY-MM-DD' and reason) or, with null, cancels it. */
  readonly setLeaving: (id: string, leaving: Leaving | null) => Promise<void>;
  /** Writes the health notes only (for the nurse, who edits no other field). */
  readonly setHealthNotes: (id: string, notes: string) => Promise<void>;
  /** Existing representatives whose name matches (siblings share parents, stored once). */
  readonly findRepresentatives: (query: string) => Promise<Representative[]>;
};
