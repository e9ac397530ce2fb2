// What the consent services need besides the vault: the records (subjects, representatives,
// groups) through a narrow port, the PDF fonts, and randomness for printed form ids. The port
// keeps this module independent of how the records capability stores its rows; the app binds
// it to the records services (app/consents-adapters.ts), tests to a fixture.
import type { PdfFonts } from '@shared/pdf';
import type { IsoDate } from '@shared/text';
import type { Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';

export type ConsentSubject = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
  /** ISO date; shown beside the name to tell namesakes apart (issue 14, defect 11). */
  readonly birthDate?: IsoDate | undefined;
  readonly groupId: string | null;
  readonly restricted: boolean;
};

export type ConsentRepresentative = {
  readonly id: string;
  readonly givenNames: string;
  readonly familyName: string;
};

export type ConsentGroup = { readonly id: string; readonly name: string };

/** Each call applies the records capability's own permission checks for the session. */
export type ConsentRecordsPort = {
  subject(session: Session, subjectId: string): Promise<ConsentSubject>;
  /** The subject's legal representatives, first (primary) first. */
  representatives(session: Session, subjectId: string): Promise<ConsentRepresentative[]>;
  group(session: Session, groupId: string): Promise<ConsentGroup>;
  /** The group's current members. */
  groupMembers(session: Session, groupId: string): Promise<ConsentSubject[]>;
};

export type ConsentDeps = {
  readonly ctx: VaultContext;
  readonly records: ConsentRecordsPort;
  readonly fonts: () => Promise<PdfFonts>;
  /** Random bytes for form ids; crypto.getRandomValues by default. */
  readonly randomBytes?: (length: number) => Uint8Array;
};

export const fullName = (p: { readonly givenNames: string; readonly familyName: string }): string =>
  `${p.givenNames} ${p.familyName}`.trim();

/** A subject's name with the birth date and group that tell namesakes apart (defect 11). */
export type NamedSubject = {
  readonly id: string;
  readonly name: string;
  readonly birthDate?: IsoDate | undefined;
  /** The group's name; null when the subject is in no group (or the group cannot be read). */
  readonly groupName: string | null;
};

/** Names `subject` with its birth date and its group's name, read through the records port. */
export const namedSubject = async (
  deps: ConsentDeps,
  session: Session,
  subject: ConsentSubject,
): Promise<NamedSubject> => {
  const group =
    subject.groupId === null
      ? null
      : await deps.records.group(session, subject.groupId).catch(() => null);
  return {
    id: subject.id,
    name: fullName(subject),
    birthDate: subject.birthDate,
    groupName: group?.name ?? null,
  };
};
