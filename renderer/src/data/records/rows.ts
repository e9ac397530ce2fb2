// Stored rows of the records tables and the sealed parts of each, by key category. These are
// disk types; the domain types (Subject, Representative, Group) live in shared/domain.
import type {
  ClientContacts,
  ClientFinancial,
  ClientService,
  ClientSocial,
  LeavingReason,
  LegalHold,
  Relation,
  Restriction,
  SubjectKind,
  SubjectStatus,
  GroupStatus,
} from '@shared/domain/types';
import type { IsoDate } from '@shared/text/dates';
import type { SealedFields } from '../db/rows';

export type GroupRow = {
  readonly id: string;
  readonly status: GroupStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** org: GroupCore */
  readonly sealed: SealedFields;
};
export type GroupCore = {
  readonly name: string;
  readonly yearBand: string;
  readonly teacherIds: readonly string[];
};

export type SubjectRow = {
  readonly id: string;
  readonly kind: SubjectKind;
  readonly groupId: string | null;
  readonly status: SubjectStatus;
  /** 1 when restricted (GDPR art. 18). A number because IndexedDB cannot index booleans. */
  readonly restricted: 0 | 1;
  /**
   * Social office: the workers (user ids) whose caseloads hold the client (schema 60; absent in
   * rows written before, which counts as none). Plaintext because key placement follows it.
   */
  readonly caseloads?: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** core: SubjectCore; identifiers: SubjectIdentifiers; health: SubjectHealth */
  readonly sealed: SealedFields;
};
export type SubjectCore = {
  readonly givenNames: string;
  readonly familyName: string;
  readonly birthDate?: IsoDate;
  readonly enrolledOn?: IsoDate;
  readonly leftOn?: IsoDate;
  readonly leftReason?: LeavingReason;
  readonly notes?: string;
  readonly restriction?: Restriction;
  readonly legalHold?: LegalHold;
  /** Social office: the client's services (issue 11). */
  readonly services?: readonly ClientService[];
  /** Before schema 60 a social worker's own clients were listed here; now row.caseloads. */
  readonly assignedWorkerIds?: readonly string[];
};
export type SubjectIdentifiers = {
  /** Absent when only the foreign-national facts are recorded. */
  readonly personalCode?: string;
  readonly foreignNational?: boolean;
  readonly foreignNationalNote?: string;
};
export type SubjectHealth = { readonly healthNotes: string };
/** Social office (issue 11): the client's own contacts, social situation, finances, care. */
export type SubjectContacts = ClientContacts;
export type SubjectSocial = ClientSocial;
export type SubjectFinancial = ClientFinancial;
export type SubjectCare = { readonly careNotes: string };

export type RepresentativeRow = {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** core: RepresentativeCore; identifiers: { personalCode }; contacts: RepresentativeContacts */
  readonly sealed: SealedFields;
};
export type RepresentativeCore = {
  readonly givenNames: string;
  readonly familyName: string;
  /** Never printed (e.g. a name's original spelling); absent in rows written before it. */
  readonly notes?: string;
};
export type RepresentativeContacts = {
  readonly phone?: string;
  readonly email?: string;
  readonly address?: string;
};

export type LinkRow = {
  readonly id: string;
  readonly subjectId: string;
  readonly representativeId: string;
  /** Order on the subject's page (the first representative is the primary one). */
  readonly position: number;
  readonly createdAt: string;
  /** core: LinkCore */
  readonly sealed: SealedFields;
};
export type LinkCore = { readonly relation: Relation; readonly custodyNotes?: string };
