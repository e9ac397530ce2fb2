// Domain objects <-> sealed rows. Pure apart from WebCrypto; no database access, so callers
// seal before a write transaction and open after a read (ARCHITECTURE §2). Groups are sealed
// under the org key; a subject, its links and a representative under that person's own data keys
// (the `keys` passed in are that person's, by category: docs/security-model.md).
import type { KeyCategory } from '@shared/access/roles';
import type { Group, Representative, RepresentativeLink, Subject } from '@shared/domain/types';
import { utf8 } from '../crypto/bytes';
import { hmacSha256Hex } from '../crypto/hmac';
import type { SealedFields } from '../db/rows';
import { openRow, sealRow, type CategoryFields, type CategoryKeys } from '../db/sealed-row';
import type {
  GroupCore,
  GroupRow,
  LinkCore,
  LinkRow,
  RepresentativeContacts,
  RepresentativeCore,
  RepresentativeRow,
  SubjectCare,
  SubjectContacts,
  SubjectCore,
  SubjectFinancial,
  SubjectHealth,
  SubjectIdentifiers,
  SubjectRow,
  SubjectSocial,
} from './rows';
import { RECORD_TABLES } from './schema';

export type Stamp = { readonly createdAt: string; readonly updatedAt: string };

/** Blind index of a normalized personal code: equal codes give equal tags, nothing else is learnt. */
export const codeIndexOf = (blindIndexKey: CryptoKey, normalizedCode: string): Promise<string> =>
  hmacSha256Hex(blindIndexKey, utf8(`personal-code\u0000${normalizedCode}`));

/** Drops undefined properties so sealed JSON carries no empty keys. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * Seals `fields`; for an update, boxes of categories this key set does not hold are kept from
 * `existing` (a nurse saving a health note leaves the personal code's box untouched), while a
 * held category whose value is now absent loses its box (a cleared field is really cleared).
 */
const sealWith = async (
  keys: CategoryKeys,
  table: string,
  id: string,
  fields: CategoryFields,
  existing?: SealedFields,
): Promise<SealedFields> => {
  const sealed = await sealRow(keys, table, id, fields);
  if (existing === undefined) return sealed;
  const kept = Object.fromEntries(
    (Object.entries(existing) as [KeyCategory, SealedFields[KeyCategory]][]).filter(
      ([c]) => !keys.has(c),
    ),
  );
  return { ...kept, ...sealed };
};

export const sealGroup = async (
  keys: CategoryKeys,
  group: Group,
  stamp: Stamp,
): Promise<GroupRow> => {
  const org: GroupCore = {
    name: group.name,
    yearBand: group.yearBand,
    teacherIds: [...group.teacherIds],
  };
  return {
    id: group.id,
    status: group.status,
    ...stamp,
    sealed: await sealRow(keys, RECORD_TABLES.groups, group.id, { org }),
  };
};

/** `keys`: the org key set (groups are no child's data; every role reads their names). */
export const openGroup = async (keys: CategoryKeys, row: GroupRow): Promise<Group> => {
  const { org: core } = await openRow<{ org: GroupCore }>(keys, RECORD_TABLES.groups, row);
  return {
    id: row.id,
    status: row.status,
    name: core?.name ?? '',
    yearBand: core?.yearBand ?? '',
    teacherIds: [...(core?.teacherIds ?? [])],
  };
};

/** A sealed part, or undefined when it holds nothing (no empty boxes). */
const part = <T extends object>(value: T | undefined): T | undefined => {
  const kept = value === undefined ? undefined : defined(value);
  return kept && Object.values(kept).some((v) => v !== '' && !(Array.isArray(v) && !v.length))
    ? kept
    : undefined;
};

/** The subject's fields by category (docs/roles.md, "Which client field is in which category"). */
const subjectFields = (subject: Subject, core: SubjectCore): CategoryFields => ({
  core,
  identifiers: part<SubjectIdentifiers>({
    personalCode: subject.personalCode,
    foreignNational: subject.foreignNational === true ? true : undefined,
    foreignNationalNote: subject.foreignNational === true ? subject.foreignNationalNote : undefined,
  }),
  health: part<SubjectHealth>(
    subject.healthNotes === undefined ? undefined : { healthNotes: subject.healthNotes },
  ),
  contacts: part<SubjectContacts>(subject.contacts),
  social: part<SubjectSocial>(subject.social),
  financial: part<SubjectFinancial>(subject.financial),
  care: part<SubjectCare>(
    subject.careNotes === undefined ? undefined : { careNotes: subject.careNotes },
  ),
});

/** `keys`: the subject's data keys the session holds (categories it lacks keep their boxes). */
export const sealSubject = async (
  keys: CategoryKeys,
  subject: Subject,
  stamp: Stamp,
  existing?: SubjectRow,
): Promise<SubjectRow> => {
  const core: SubjectCore = defined({
    givenNames: subject.givenNames,
    familyName: subject.familyName,
    birthDate: subject.birthDate,
    enrolledOn: subject.enrolledOn,
    leftOn: subject.leftOn,
    leftReason: subject.leftReason,
    notes: subject.notes,
    restriction: subject.restriction ?? undefined,
    legalHold: subject.legalHold ?? undefined,
    services: subject.services?.length ? subject.services : undefined,
  });
  const sealed = await sealWith(
    keys,
    RECORD_TABLES.subjects,
    subject.id,
    subjectFields(subject, core),
    existing?.sealed,
  );
  return {
    id: subject.id,
    kind: subject.kind,
    groupId: subject.groupId ?? null,
    status: subject.status,
    restricted: subject.restriction ? 1 : 0,
    caseloads: [...(subject.assignedWorkerIds ?? [])],
    ...stamp,
    sealed,
  };
};

/** The row's caseloads; a row from before schema 60 may still carry a social worker's in core. */
const caseloadsOf = (row: SubjectRow, core: SubjectCore | undefined): string[] | undefined => {
  const ids = row.caseloads !== undefined && row.caseloads.length > 0 ? row.caseloads : undefined;
  const legacy = core?.assignedWorkerIds;
  return ids || legacy ? [...(ids ?? legacy ?? [])] : undefined;
};

/** Opens what the key set can read: without identifiers there is no personalCode, and so on. */
export const openSubject = async (
  keys: CategoryKeys,
  row: SubjectRow,
  only?: readonly KeyCategory[],
): Promise<Subject> => {
  const opened = await openRow<{
    core: SubjectCore;
    identifiers: SubjectIdentifiers;
    health: SubjectHealth;
    contacts: SubjectContacts;
    social: SubjectSocial;
    financial: SubjectFinancial;
    care: SubjectCare;
  }>(keys, RECORD_TABLES.subjects, row, only);
  const core = opened.core;
  return defined({
    id: row.id,
    kind: row.kind,
    status: row.status,
    groupId: row.groupId,
    givenNames: core?.givenNames ?? '',
    familyName: core?.familyName ?? '',
    birthDate: core?.birthDate,
    enrolledOn: core?.enrolledOn,
    leftOn: core?.leftOn,
    leftReason: core?.leftReason,
    notes: core?.notes,
    restriction: core?.restriction ?? null,
    legalHold: core?.legalHold ?? null,
    assignedWorkerIds: caseloadsOf(row, core),
    personalCode: opened.identifiers?.personalCode,
    foreignNational: opened.identifiers?.foreignNational,
    foreignNationalNote: opened.identifiers?.foreignNationalNote,
    healthNotes: opened.health?.healthNotes,
    services: core?.services === undefined ? undefined : core.services.map((s) => ({ ...s })),
    contacts: opened.contacts === undefined ? undefined : { ...opened.contacts },
    social: opened.social === undefined ? undefined : { ...opened.social },
    financial:
      opened.financial === undefined
        ? undefined
        : {
            ...opened.financial,
            benefits: opened.financial.benefits?.map((b) => ({ ...b })),
          },
    careNotes: opened.care?.careNotes,
  });
};

/** `keys`: the representative's own data keys. */
export const sealRepresentative = async (
  keys: CategoryKeys,
  rep: Representative,
  stamp: Stamp,
  existing?: RepresentativeRow,
): Promise<RepresentativeRow> => {
  const core: RepresentativeCore = defined({
    givenNames: rep.givenNames,
    familyName: rep.familyName,
    notes: rep.notes,
  });
  const contacts: RepresentativeContacts = defined({
    phone: rep.phone,
    email: rep.email,
    address: rep.address,
  });
  const fields: CategoryFields = {
    core,
    identifiers: rep.personalCode === undefined ? undefined : { personalCode: rep.personalCode },
    contacts: Object.keys(contacts).length === 0 ? undefined : contacts,
  };
  const sealed = await sealWith(
    keys,
    RECORD_TABLES.representatives,
    rep.id,
    fields,
    existing?.sealed,
  );
  return { id: rep.id, ...stamp, sealed };
};

export const openRepresentative = async (
  keys: CategoryKeys,
  row: RepresentativeRow,
): Promise<Representative> => {
  const opened = await openRow<{
    core: RepresentativeCore;
    identifiers: SubjectIdentifiers;
    contacts: RepresentativeContacts;
  }>(keys, RECORD_TABLES.representatives, row);
  return defined({
    id: row.id,
    givenNames: opened.core?.givenNames ?? '',
    familyName: opened.core?.familyName ?? '',
    personalCode: opened.identifiers?.personalCode,
    phone: opened.contacts?.phone,
    email: opened.contacts?.email,
    address: opened.contacts?.address,
    notes: opened.core?.notes,
  });
};

/** `keys`: the CHILD's data keys (relation and custody notes are part of the child's record). */
export const sealLink = async (
  keys: CategoryKeys,
  link: RepresentativeLink,
  createdAt: string,
  position: number,
): Promise<LinkRow> => {
  const core: LinkCore = defined({ relation: link.relation, custodyNotes: link.custodyNotes });
  return {
    id: link.id,
    subjectId: link.subjectId,
    representativeId: link.representativeId,
    position,
    createdAt,
    sealed: await sealRow(keys, RECORD_TABLES.links, link.id, { core }),
  };
};

export const openLink = async (keys: CategoryKeys, row: LinkRow): Promise<RepresentativeLink> => {
  const { core } = await openRow<{ core: LinkCore }>(keys, RECORD_TABLES.links, row);
  return defined({
    id: row.id,
    subjectId: row.subjectId,
    representativeId: row.representativeId,
    relation: core?.relation ?? 'other',
    custodyNotes: core?.custodyNotes,
  });
};
