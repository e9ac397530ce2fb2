// What the subject screens need from the app; the adapter in app/records-adapters.ts binds
// these to the records services and the session. Nothing here knows about storage.
import type { Country, LeavingReason, Representative, SubjectKind } from '@shared/domain/types';
import type { IsoDate } from '@shared/text/dates';
import type { SubjectDetail as ServiceSubjectDetail, SubjectSave } from '../../services/records';
import type { SubjectListing } from '../../services/records/subject-listing';
import type { ClientApi } from '../clients/clients-api';

export type { SubjectHits } from '../../services/records/search';

export type GroupOption = {
  readonly id: string;
  readonly name: string;
  readonly status: 'active' | 'closed';
};

// The list's rows, filter and loading state are the records service's (subject-listing.ts).
export type {
  ListingProgress,
  SubjectListFilter as SubjectFilter,
  SubjectListItem,
  SubjectListing,
} from '../../services/records/subject-listing';

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
  /**
   * Head and secretary: the leavings planned for a date still to come, earliest first (absent
   * for other roles: the "Plānotās atskaitīšanas" notice is not shown).
   */
  readonly plannedLeavings?: () => Promise<readonly PlannedLeavingItem[]>;
  /** Writes the given rows (in this order) to a file through the host; false when cancelled. */
  readonly exportList: (ids: readonly string[], format: ExportFormat) => Promise<boolean>;
};

/** One planned leaving: the record, its name, (last) group and the day it takes effect. */
export type PlannedLeavingItem = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly groupId: string | null;
  readonly leftOn: IsoDate;
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
  /** Social office: the client's own parts (contacts, social, finances, care, services). */
  readonly client?: ClientApi | undefined;
};
