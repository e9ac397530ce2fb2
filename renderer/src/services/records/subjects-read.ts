// Reading subjects (the list is in subjects-list.ts): one record with its representatives, and
// the duplicate check by blind index. Every read is authorized per record and audited.
import type { AccessContext, Permission } from '@shared/access/permissions';
import type { PersonCategory } from '@shared/access/roles';
import type { Representative, Subject } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { normalizePersonalCode } from '@shared/personal-code/parse';
import { matchesSearch } from '@shared/text/search';
import {
  codeIndexOf,
  openLink,
  openRepresentative,
  openSubject,
} from '../../data/records/records-codec';
import {
  readLinkRows,
  readRepresentativeRows,
  readSubjectRow,
  readSubjectRowsById,
} from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import { allowed, auditIds, rowAccess, subjectAccess, type RecordsDeps } from './records-context';
import type { LinkedRepresentative, SubjectDetail } from './records-types';

/**
 * Opens a subject with its own keys. Undefined when the session holds no key of its core: the
 * keys decide as well as the permissions (a teacher reads only children placed in her groups).
 */
export const openSubjectRow = async (
  auth: Authorized<Permission>,
  row: SubjectRow,
  only?: readonly PersonCategory[],
): Promise<Subject | undefined> => {
  const keys = await keyringFor(auth).people.keysOf(row.id, only);
  return keys.has('core') ? openSubject(keys, row, only) : undefined;
};

/** Like openSubjectRow, but a record the session cannot open is 'forbidden'. */
export const mustOpenSubject = async (
  auth: Authorized<Permission>,
  row: SubjectRow,
  only?: readonly PersonCategory[],
): Promise<Subject> => {
  const subject = await openSubjectRow(auth, row, only);
  if (!subject)
    throw new AppError('forbidden', 'errors.forbidden', { permission: auth.permission });
  return subject;
};

const linkedRepresentatives = async (
  deps: RecordsDeps,
  auth: Authorized<'representative.view'>,
  subjectId: string,
  withContacts: boolean,
): Promise<LinkedRepresentative[]> => {
  const people = keyringFor(auth).people;
  const subjectKeys = await people.keysOf(subjectId, ['core']);
  const links = await readLinkRows(deps.ctx.db, auth, [subjectId]);
  const reps = new Map(
    (
      await readRepresentativeRows(
        deps.ctx.db,
        auth,
        links.map((l) => l.representativeId),
      )
    ).map((r) => [r.id, r]),
  );
  const out: LinkedRepresentative[] = [];
  for (const row of links) {
    const repRow = reps.get(row.representativeId);
    if (!repRow) continue;
    const link = await openLink(subjectKeys, row);
    const rep = await openRepresentative(await people.keysOf(repRow.id), repRow);
    const { phone: _p, email: _e, address: _a, ...noContacts } = rep;
    out.push({
      ...(withContacts ? rep : noContacts),
      linkId: link.id,
      relation: link.relation,
      custodyNotes: link.custodyNotes,
    });
  }
  return out;
};

/** One record with its representatives; audited as a view. */
export const getSubject = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
): Promise<SubjectDetail> => {
  const probe = authorize(session, 'subject.view');
  const row = await readSubjectRow(deps.ctx.db, probe, id);
  const auth = authorize(session, 'subject.view', rowAccess(row));
  const subject = await mustOpenSubject(auth, row);
  const access = subjectAccess(session, subject);
  authorize(session, 'subject.view', access);
  const visible = visibleParts(session, access, subject);
  const representatives = allowed(session, 'representative.view', access)
    ? await linkedRepresentatives(
        deps,
        authorize(session, 'representative.view', access),
        id,
        allowed(session, 'representative.viewContacts', access),
      )
    : [];
  await auditIds(deps.ctx, session, 'subject.view', 'subject', [id]);
  return { subject: visible, representatives };
};

/**
 * The parts of a record the session's permissions show (the keys decide too; this is the
 * service's own check, so a key held for another duty never widens what a screen receives).
 */
const visibleParts = (session: Session, access: AccessContext, subject: Subject): Subject => {
  const may = (p: Permission) => allowed(session, p, access);
  const out: Subject = { ...subject };
  if (!may('subject.viewIdentifiers')) {
    delete out.personalCode;
    delete out.foreignNational;
    delete out.foreignNationalNote;
  }
  if (!may('subject.viewHealth')) delete out.healthNotes;
  if (!may('subject.viewContacts')) delete out.contacts;
  if (!may('subject.viewSocial')) delete out.social;
  if (!may('subject.viewFinancial')) delete out.financial;
  if (!may('subject.viewCare')) delete out.careNotes;
  return out;
};

export const blindIndexKey = (auth: Authorized<'subject.viewIdentifiers'>): CryptoKey => {
  const key = keyringFor(auth).blindIndex;
  if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'blindIndex' });
  return key;
};

/**
 * True when a stored person (other than `exceptId`) has this personal code: the code's blind
 * index is looked up among the keybook's tags (subjects and representatives alike).
 */
export const codeExists = async (
  { ctx }: RecordsDeps,
  session: Session,
  code: string,
  exceptId?: string,
  among: 'subjects' | 'all' = 'subjects',
): Promise<boolean> => {
  const auth = authorize(session, 'subject.viewIdentifiers');
  const tag = await codeIndexOf(blindIndexKey(auth), normalizePersonalCode(code));
  const owners = ctx.keybook.ownersWithTag(tag).filter((id) => id !== exceptId);
  if (among === 'all' || owners.length === 0) return owners.length > 0;
  return (await readSubjectRowsById(ctx.db, auth, owners)).length > 0;
};

/** Stored representatives whose name matches (for linking a sibling's parent); at most 20. */
export const findRepresentatives = async (
  { ctx }: RecordsDeps,
  session: Session,
  query: string,
): Promise<Representative[]> => {
  const auth = authorize(session, 'representative.edit');
  const people = keyringFor(auth).people;
  if (query.trim() === '') return [];
  const out: Representative[] = [];
  for (const row of await readRepresentativeRows(ctx.db, auth)) {
    const keys = await people.keysOf(row.id);
    if (!keys.has('core')) continue;
    const rep = await openRepresentative(keys, row);
    if (matchesSearch(`${rep.givenNames} ${rep.familyName}`, query)) out.push(rep);
    if (out.length >= 20) break;
  }
  return out;
};
