// Domain objects as the app holds them in memory (decrypted). Stored rows are different types
// in renderer/src/data. Dates are ISO 'YYYY-MM-DD'; personal codes are normalized (11 digits).
import type { IsoDate } from '../text/dates';

export const INSTITUTION_KINDS = ['kindergarten', 'socialOffice'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const COUNTRIES = ['LV', 'LT'] as const;
export type Country = (typeof COUNTRIES)[number];

export type Institution = {
  kind: InstitutionKind;
  country: Country;
  name: string;
  /** LV: 11-digit registration number; LT: 9-digit juridinio asmens kodas. */
  registrationNumber: string;
  address: string;
  phone: string;
  email: string;
  /** The controller (pārzinis) as printed on the form, e.g. 'iestādes vadītāja <name>'. */
  controllerName: string;
  /** The personal data operator (personas datu operators) as printed on the form. */
  operatorName: string;
  /** Possible recipients as printed on the form, one line each. */
  recipients: string[];
};

export const GROUP_STATUSES = ['active', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

export type Group = {
  id: string;
  name: string;
  /** Free text such as '2021' or '3–4 gadi'; may be empty. */
  yearBand: string;
  teacherIds: string[];
  status: GroupStatus;
};

export const SUBJECT_KINDS = ['child', 'client'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SUBJECT_STATUSES = ['active', 'left', 'archived'] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

/** GDPR art. 18 restriction: the record leaves everyday use. */
export type Restriction = { reason: string; since: IsoDate };

/** Why a child left ("atskaitīts") or a client's service ended; 'other' wants a note. */
export const LEAVING_REASONS = [
  'school',
  'otherInstitution',
  'moved',
  'representativeRequest',
  'serviceEnded',
  'other',
] as const;
export type LeavingReasonCode = (typeof LEAVING_REASONS)[number];
export type LeavingReason = { code: LeavingReasonCode; note?: string | undefined };

/** A legal hold set by the head: the record may not be erased while it lasts (e.g. a dispute). */
export type LegalHold = { reason: string; since: IsoDate };

/** A client's own contacts (seed 000 p. 7); sealed under the contacts key. */
export type ClientContacts = {
  declaredAddress?: string | undefined;
  actualAddress?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
};

/** Family, material and social situation, property (seed 000 p. 7); the social key. */
export type ClientSocial = {
  familySituation?: string | undefined;
  materialSituation?: string | undefined;
  socialSituation?: string | undefined;
  property?: string | undefined;
  /** The school a client's child attends. */
  childSchool?: string | undefined;
};

/** One benefit paid to the client: its name and the monthly amount in euro cents. */
export type Benefit = { name: string; monthlyAmountCents: number };

/** Bank account and benefits (seed 000 p. 7); the financial key (accountant, head). */
export type ClientFinancial = {
  /** IBAN without spaces, upper case. */
  bankAccount?: string | undefined;
  benefits?: Benefit[] | undefined;
};

/**
 * One social service a client receives (issue 11): its name from the office's list, the decision
 * that granted it, the responsible worker (a user id), start and end (ISO dates; end open while
 * it lasts). The end of the last service starts the retention period (seed 003 13.3).
 */
export type ClientService = {
  id: string;
  name: string;
  decisionNumber: string;
  startedOn: IsoDate;
  endedOn?: IsoDate | undefined;
  responsibleWorkerId?: string | undefined;
};

export type Subject = {
  id: string;
  kind: SubjectKind;
  givenNames: string;
  familyName: string;
  personalCode?: string | undefined;
  birthDate?: IsoDate | undefined;
  groupId?: string | null | undefined;
  enrolledOn?: IsoDate | undefined;
  leftOn?: IsoDate | undefined;
  leftReason?: LeavingReason | undefined;
  status: SubjectStatus;
  restriction?: Restriction | null | undefined;
  legalHold?: LegalHold | null | undefined;
  notes?: string | undefined;
  /** Special-category data (GDPR art. 9): encrypted under the health key. */
  healthNotes?: string | undefined;
  /** Social office: the workers a client is assigned to (their caseloads hold her keys). */
  assignedWorkerIds?: string[] | undefined;
  /**
   * Social office: a client with another country's personal code (an LT code in an LV office)
   * is a foreign national; the code is accepted only with this flag and a note (issue 11).
   */
  foreignNational?: boolean | undefined;
  foreignNationalNote?: string | undefined;
  contacts?: ClientContacts | undefined;
  social?: ClientSocial | undefined;
  financial?: ClientFinancial | undefined;
  /** Home-care notes: the care key (care worker, social worker, head). */
  careNotes?: string | undefined;
  services?: ClientService[] | undefined;
};

export type Representative = {
  id: string;
  givenNames: string;
  familyName: string;
  personalCode?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  /**
   * Free notes that are never printed on a form, e.g. the original spelling of a name the form
   * cannot print (issue 12 §3: the printed name is in Latin letters as in LV/LT documents).
   */
  notes?: string | undefined;
};

export const RELATIONS = ['mother', 'father', 'guardian', 'fosterParent', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export type RepresentativeLink = {
  id: string;
  subjectId: string;
  representativeId: string;
  relation: Relation;
  custodyNotes?: string | undefined;
};

/** What the subject form produces: a subject without the fields services assign. */
export type SubjectDraft = Omit<
  Subject,
  'id' | 'status' | 'restriction' | 'assignedWorkerIds' | 'legalHold'
>;
export type RepresentativeDraft = Omit<Representative, 'id'>;
export type GroupDraft = Omit<Group, 'id' | 'status'>;
