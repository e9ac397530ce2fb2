// The fixed wording of request letters and the access report, one object per language. What the
// institution writes itself (the answer, the reasons) comes with the input; everything here is
// the frame around it. Bump LETTER_WORDING_VERSION when a sentence changes, so the request's
// history can say which wording a letter was printed with.
import type { ConsentChannel, ConsentEventKind, ConsentState } from '../consent/types';
import type { InstitutionKind, Relation } from '../domain/types';
import type {
  DataCategory,
  LegalBasis,
  LetterKind,
  RefusalReason,
  RequestStatus,
  RequestType,
} from '../requests/types';

export const LETTER_WORDING_VERSION = 1;

export type LetterLanguage = 'lv' | 'lt';

/** Facts every letter sentence may use, already formatted for the language. */
export type LetterFacts = {
  readonly requestNumber: string;
  /** Formatted date of receipt. */
  readonly received: string;
};

export type ProcessingDescription = {
  readonly purposes: readonly { readonly purpose: string; readonly basis: LegalBasis }[];
  readonly categories: readonly DataCategory[];
  readonly retention: string;
  readonly source: string;
  readonly thirdCountries: string;
  readonly automatedDecisions: string;
};

export type LetterWording = {
  readonly language: LetterLanguage;
  /** How a date is written in running text (LV appends the ordinal dot). */
  readonly dateInText: (formatted: string) => string;
  readonly labels: {
    readonly registrationNumber: string;
    readonly phone: string;
    readonly email: string;
    readonly number: string;
    readonly requestNumber: string;
    readonly received: string;
    readonly requestType: string;
    readonly dataSubject: string;
    readonly attachments: string;
    readonly closing: string;
    readonly signature: string;
    readonly preparedBy: string;
    readonly containsPersonalData: string;
    readonly letter: string;
    /** The portability export as an attachment of an answer. */
    readonly portabilityAttachment: string;
    readonly page: (page: number, of: number) => string;
  };
  readonly titles: Readonly<Record<LetterKind, string>>;
  readonly requestTypes: Readonly<Record<RequestType, string>>;
  readonly refusalReasons: Readonly<Record<RefusalReason, string>>;
  readonly acknowledgement: (facts: LetterFacts, due: string) => string[];
  readonly clarificationIntro: (facts: LetterFacts) => string[];
  readonly clarificationIdentity: string;
  readonly extension: (facts: LetterFacts, months: 1 | 2, due: string) => string[];
  readonly extensionReasons: string;
  readonly answerIntro: (facts: LetterFacts) => string;
  readonly refusalIntro: (facts: LetterFacts, partial: boolean) => string[];
  readonly rightToComplain: string;
  readonly refusalRightToComplain: string;
  readonly report: ReportWording;
};

export type ReportWording = {
  readonly title: string;
  readonly subtitle: string;
  /** Said once when notes hold characters printed as [U+XXXX] code points. */
  readonly codePointsNote: string;
  readonly intro: string;
  readonly sections: {
    readonly person: string;
    readonly representatives: string;
    readonly consents: string;
    readonly forms: string;
    readonly requests: string;
    readonly purposes: string;
    readonly categories: string;
    readonly retention: string;
    readonly recipients: string;
    readonly source: string;
    readonly corrections: string;
    readonly rights: string;
  };
  readonly fields: {
    readonly givenNames: string;
    readonly familyName: string;
    readonly personalCode: string;
    readonly birthDate: string;
    readonly group: string;
    readonly enrolledOn: string;
    readonly leftOn: string;
    readonly status: string;
    readonly restriction: string;
    readonly notes: string;
    readonly healthNotes: string;
    readonly relation: string;
    readonly phone: string;
    readonly email: string;
    readonly address: string;
    readonly custodyNotes: string;
  };
  readonly columns: {
    readonly date: string;
    readonly answer: string;
    readonly representative: string;
    readonly channel: string;
    readonly form: string;
    readonly template: string;
    readonly issuedOn: string;
    readonly number: string;
    readonly type: string;
    readonly received: string;
    readonly status: string;
    readonly answeredOn: string;
    readonly recipient: string;
    readonly categories: string;
    readonly basis: string;
  };
  readonly none: string;
  readonly currentState: string;
  readonly subjectStatuses: Readonly<Record<'active' | 'left' | 'archived', string>>;
  readonly restricted: (since: string) => string;
  readonly notRestricted: string;
  readonly relations: Readonly<Record<Relation, string>>;
  readonly consentStates: Readonly<Record<ConsentState, string>>;
  readonly consentKinds: Readonly<Record<ConsentEventKind, string>>;
  readonly channels: Readonly<Record<ConsentChannel, string>>;
  readonly requestStatuses: Readonly<Record<RequestStatus, string>>;
  readonly categories: Readonly<Record<DataCategory, string>>;
  readonly legalBases: Readonly<Record<LegalBasis, string>>;
  readonly lastCorrected: (date: string) => string;
  readonly neverCorrected: string;
  readonly rightsIntro: string;
  readonly rights: readonly string[];
  readonly defaultProcessing: (kind: InstitutionKind) => ProcessingDescription;
};
