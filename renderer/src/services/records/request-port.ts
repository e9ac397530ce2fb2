// The records side of the request capability's RequestRecordsPort: names for the register list
// (only the rows asked for, core only: opening 10,000 children to show 2,000 names would be slow),
// one person in full for the access report, and the restriction flag (GDPR Art. 18). Names open
// with each person's own data keys: a person whose keys were erased simply has no name here.
import type { Representative, Subject } from '@shared/domain/types';
import { openRepresentative } from '../../data/records/records-codec';
import { readRepresentativeRows, subjectsTable } from '../../data/records/records-repo';
import type { VaultDb } from '../../data/db/vault-db';
import type { RepresentativeRow, SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import type { RequestRecordsPort } from '../requests/requests-deps';
import { allowed, rowAccess, subjectAccess } from './records-context';
import type { RecordsService } from './records-service';
import { openSubjectRow } from './subjects-read';

const NAME_BATCH = 256;
const fullName = (p: { givenNames: string; familyName: string }): string =>
  `${p.givenNames} ${p.familyName}`.trim();

/** Opens rows in concurrent batches; rows that open to undefined are left out. */
const openBatched = async <R, T>(
  rows: readonly R[],
  open: (row: R) => Promise<T | undefined>,
): Promise<T[]> => {
  const out: T[] = [];
  for (let start = 0; start < rows.length; start += NAME_BATCH) {
    const opened = await Promise.all(rows.slice(start, start + NAME_BATCH).map(open));
    out.push(...opened.filter((o): o is Awaited<T> => o !== undefined));
  }
  return out;
};

const subjectNames = async (
  db: VaultDb,
  session: Session,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string>> => {
  const auth = authorize(session, 'subject.view');
  const rows = (await subjectsTable(db).bulkGet([...ids])).filter(
    (r): r is SubjectRow => r !== undefined && allowed(session, 'subject.view', rowAccess(r)),
  );
  const opened: Subject[] = await openBatched(rows, (row) => openSubjectRow(auth, row, ['core']));
  return new Map(
    opened
      .filter((s) => allowed(session, 'subject.view', subjectAccess(session, s)))
      .map((s) => [s.id, fullName(s)]),
  );
};

/** A representative opened with their own keys; undefined when the session holds no core key. */
const openRepresentativeRow = async (
  auth: Authorized<'representative.view'>,
  row: RepresentativeRow,
): Promise<Representative | undefined> => {
  const keys = await keyringFor(auth).people.keysOf(row.id);
  return keys.has('core') ? openRepresentative(keys, row) : undefined;
};

export const createRequestRecordsPort = (
  records: RecordsService,
  db: VaultDb,
): RequestRecordsPort => ({
  subjectNames: (session, ids) => subjectNames(db, session, ids),
  representativeNames: async (session, ids) => {
    const auth = authorize(session, 'representative.view');
    const rows = await readRepresentativeRows(db, auth, ids);
    const opened = await openBatched(rows, (row) => openRepresentativeRow(auth, row));
    return new Map(opened.map((r) => [r.id, fullName(r)]));
  },
  representative: async (session, id) => {
    const auth = authorize(session, 'representative.view');
    const [row] = await readRepresentativeRows(db, auth, [id]);
    const rep = row === undefined ? undefined : await openRepresentativeRow(auth, row);
    if (rep === undefined) return { id, givenNames: '', familyName: '' };
    if (allowed(session, 'representative.viewContacts', {})) return rep;
    const { phone: _p, email: _e, address: _a, ...noContacts } = rep;
    return noContacts;
  },
  person: async (session, subjectId) => {
    const detail = await records.getSubject(session, subjectId);
    const groupId = detail.subject.groupId ?? null;
    const group =
      groupId === null
        ? undefined
        : (await records.listGroups(session)).find((g) => g.id === groupId);
    return {
      subject: detail.subject,
      groupName: group?.name,
      representatives: detail.representatives.map((r) => ({ ...r })),
    };
  },
  choices: async (session) => {
    const [subjects, groups] = await Promise.all([
      records.listSubjects(session),
      records.listGroups(session),
    ]);
    const groupNames = new Map(groups.map((g) => [g.id, g.name]));
    return subjects.map((s) => ({
      id: s.id,
      name: fullName(s),
      birthDate: s.birthDate,
      groupName: groupNames.get(s.groupId ?? '') ?? null,
    }));
  },
  representativesOf: async (session, subjectId) =>
    (await records.getSubject(session, subjectId)).representatives.map((r) => ({
      id: r.id,
      name: fullName(r),
    })),
  setRestriction: (session, subjectId, restriction) =>
    records.setRestriction(session, subjectId, restriction),
});
