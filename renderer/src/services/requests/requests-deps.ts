// What the request services need besides the vault: the records and the consent ledger through
// narrow ports (so this capability never reads their storage), and the PDF fonts. The app binds
// the ports to the records and consent services (app/requests-adapters.ts); tests to fixtures.
import type { ConsentChannel, ConsentEventKind, ConsentState } from '@shared/consent';
import type { Relation, Restriction, Subject } from '@shared/domain/types';
import type { PdfFonts } from '@shared/pdf';
import type { IsoDate } from '@shared/text';
import type { Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';

export type PersonRepresentative = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  readonly relation: Relation;
  readonly personalCode?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: string | undefined;
  /** The representative's own notes (never printed on a form; listed in the access report). */
  readonly notes?: string | undefined;
  readonly custodyNotes?: string | undefined;
};

export type PersonRecord = {
  readonly subject: Subject;
  readonly groupName?: string | undefined;
  readonly representatives: readonly PersonRepresentative[];
};

export type PersonConsents = {
  readonly purposes: readonly {
    readonly id: string;
    readonly label: string;
    readonly state: ConsentState;
    readonly events: readonly {
      readonly on: IsoDate;
      readonly kind: ConsentEventKind;
      readonly representative: string;
      readonly channel: ConsentChannel;
      readonly formId?: string | undefined;
    }[];
  }[];
  readonly forms: readonly {
    readonly formId: string;
    readonly template: string;
    readonly issuedOn: IsoDate;
  }[];
};

/** Each call applies the records capability's own permission checks for the session. */
export type RequestRecordsPort = {
  /** Display names ("Given Family") of these subjects, for those the session may see. */
  subjectNames(session: Session, ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Display names of these representatives. */
  representativeNames(
    session: Session,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;
  /** One representative with the contacts the session may read. */
  representative(session: Session, id: string): Promise<Omit<PersonRepresentative, 'relation'>>;
  /** One subject with everything the session may read, and its representatives. */
  person(session: Session, subjectId: string): Promise<PersonRecord>;
  /** Subjects to choose from when registering a request. */
  choices(session: Session): Promise<readonly RequestPersonChoice[]>;
  /** A chosen subject's legal representatives, to pick who made the request. */
  representativesOf(
    session: Session,
    subjectId: string,
  ): Promise<readonly { readonly id: string; readonly name: string }[]>;
  /** GDPR Art. 18 through the records capability (its own permission and audit). */
  setRestriction(
    session: Session,
    subjectId: string,
    restriction: Restriction | null,
  ): Promise<void>;
};

/** A person to choose, with birth date and group beside the name for namesakes (defect 11). */
export type RequestPersonChoice = {
  readonly id: string;
  readonly name: string;
  readonly birthDate?: IsoDate | undefined;
  /** The group's name; null for a person in no group. */
  readonly groupName: string | null;
};

export type RequestConsentsPort = {
  /** The subject's consents with their full history and the forms issued for them. */
  consents(session: Session, subjectId: string, language: 'lv' | 'lt'): Promise<PersonConsents>;
};

export type RequestsDeps = {
  readonly ctx: VaultContext;
  readonly records: RequestRecordsPort;
  readonly consents: RequestConsentsPort;
  readonly fonts: () => Promise<PdfFonts>;
};
