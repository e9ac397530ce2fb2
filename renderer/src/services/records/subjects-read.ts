// Reading subjects: the list for the search index, one record with its representatives, and
// the duplicate check by blind index. Every read is authorized per record and audited.
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
  readSubjectRows,
  subjectIdsWithCodeIndex,
} from '../../data/records/records-repo';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import { allowed, auditIds, rowAccess, subjectAccess, type RecordsDeps } from './records-context';
import type { LinkedRepresentative, SubjectDetail } from './records-types';

const LIST_BATCH = 256;
const LIST_CATEGORIES = ['core', 'identifiers'] as const;

/** Lists never carry health notes, whoever asks: they belong on the record's own page. */
const forList = ({ healthNotes: _h, ...subject }: Subject): Subject => subject;

/**
 * The records the session may see, decrypted. A teacher's read touches only their groups'
 * rows; restricted records only reach roles with 'subject.viewRestricted'.
 */
export const listSubjects = async ({ ctx }: RecordsDeps, session: Session): Promise<Subject[]> => {
  const auth = authorize(session, 'subject.view');
  const keys = keyringFor(auth).categories;
  const scoped = allowed(session, 'subject.view', { subjectGroupId: '\u0000none' })
    ? undefined
    : session.groupIds;
  const rows = (await readSubjectRows(ctx.db, auth, scoped)).filter((r) =>
    allowed(session, 'subject.view', rowAccess(r)),
  );
  const out: Subject[] = [];
  // Decrypt in concurrent batches (WebCrypto works off the main thread) and only what a list
  // shows: names and, for roles that hold it, the personal code for search. Never health notes.
  for (let start = 0; start < rows.length; start += LIST_BATCH) {
    const batch = await Promise.all(
      rows.slice(start, start + LIST_BATCH).map((row) => openSubject(keys, row, LIST_CATEGORIES)),
    );
    for (const subject of batch) {
      if (allowed(session, 'subject.view', subjectAccess(session, subject)))
        out.push(forList(subject));
    }
  }
  await auditIds(ctx, session, 'subject.list', 'subject', [null]);
  return out;
};

const linkedRepresentatives = async (
  deps: RecordsDeps,
  auth: Authorized<'representative.view'>,
  subjectId: string,
  withContacts: boolean,
): Promise<LinkedRepresentative[]> => {
  const keys = keyringFor(auth).categories;
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
    const link = await openLink(keys, row);
    const rep = await openRepresentative(keys, repRow);
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
  const subject = await openSubject(keyringFor(auth).categories, row);
  const access = subjectAccess(session, subject);
  authorize(session, 'subject.view', access);
  const representatives = allowed(session, 'representative.view', access)
    ? await linkedRepresentatives(
        deps,
        authorize(session, 'representative.view', access),
        id,
        allowed(session, 'representative.viewContacts', access),
      )
    : [];
  await auditIds(deps.ctx, session, 'subject.view', 'subject', [id]);
  return { subject, representatives };
};

export const blindIndexKey = (auth: Authorized<'subject.viewIdentifiers'>): CryptoKey => {
  const key = keyringFor(auth).blindIndex;
  if (!key) throw new AppError('forbidden', 'errors.noCategoryKey', { category: 'blindIndex' });
  return key;
};

/** True when a stored subject (other than `exceptId`) has this personal code. */
export const codeExists = async (
  { ctx }: RecordsDeps,
  session: Session,
  code: string,
  exceptId?: string,
): Promise<boolean> => {
  const auth = authorize(session, 'subject.viewIdentifiers');
  const index = await codeIndexOf(blindIndexKey(auth), normalizePersonalCode(code));
  return (await subjectIdsWithCodeIndex(ctx.db, auth, index)).some((id) => id !== exceptId);
};

/** Stored representatives whose name matches (for linking a sibling's parent); at most 20. */
export const findRepresentatives = async (
  { ctx }: RecordsDeps,
  session: Session,
  query: string,
): Promise<Representative[]> => {
  const auth = authorize(session, 'representative.edit');
  const keys = keyringFor(auth).categories;
  if (query.trim() === '') return [];
  const out: Representative[] = [];
  for (const row of await readRepresentativeRows(ctx.db, auth)) {
    const rep = await openRepresentative(keys, row);
    if (matchesSearch(`${rep.givenNames} ${rep.familyName}`, query)) out.push(rep);
    if (out.length >= 20) break;
  }
  return out;
};
