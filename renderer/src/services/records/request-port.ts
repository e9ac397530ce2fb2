// The records side of the request capability's RequestRecordsPort: names for the register list
// (only the rows asked for, core only: opening 10,000 children to show 2,000 names would be slow),
// one person in full for the access report, and the restriction flag (GDPR Art. 18).
import type { Subject } from '@shared/domain/types';
import { openRepresentative, openSubject } from '../../data/records/records-codec';
import { readRepresentativeRows, subjectsTable } from '../../data/records/records-repo';
import type { VaultDb } from '../../data/db/vault-db';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import type { RequestRecordsPort } from '../requests/requests-deps';
import { allowed, rowAccess, subjectAccess } from './records-context';
import type { RecordsService } from './records-service';

const NAME_BATCH = 256;
const fullName = (p: { givenNames: string; familyName: string }): string =>
  `${p.givenNames} ${p.familyName}`.trim();

const subjectNames = async (
  db: VaultDb,
  session: Session,
  ids: readonly string[],
): Promise<ReadonlyMap<string, string>> => {
  const auth = authorize(session, 'subject.view');
  const keys = keyringFor(auth).categories;
  const rows = (await subjectsTable(db).bulkGet([...ids])).filter(
    (r): r is SubjectRow => r !== undefined && allowed(session, 'subject.view', rowAccess(r)),
  );
  const names = new Map<string, string>();
  for (let start = 0; start < rows.length; start += NAME_BATCH) {
    const opened: Subject[] = await Promise.all(
      rows.slice(start, start + NAME_BATCH).map((row) => openSubject(keys, row, ['core'])),
    );
    for (const s of opened) {
      if (allowed(session, 'subject.view', subjectAccess(session, s))) names.set(s.id, fullName(s));
    }
  }
  return names;
};

export const createRequestRecordsPort = (
  records: RecordsService,
  db: VaultDb,
): RequestRecordsPort => ({
  subjectNames: (session, ids) => subjectNames(db, session, ids),
  representativeNames: async (session, ids) => {
    const auth = authorize(session, 'representative.view');
    const keys = keyringFor(auth).categories;
    const rows = await readRepresentativeRows(db, auth, ids);
    const opened = await Promise.all(rows.map((row) => openRepresentative(keys, row)));
    return new Map(opened.map((r) => [r.id, fullName(r)]));
  },
  representative: async (session, id) => {
    const auth = authorize(session, 'representative.view');
    const [row] = await readRepresentativeRows(db, auth, [id]);
    if (row === undefined) return { id, givenNames: '', familyName: '' };
    const rep = await openRepresentative(keyringFor(auth).categories, row);
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
  choices: async (session) =>
    (await records.listSubjects(session)).map((s) => ({ id: s.id, name: fullName(s) })),
  representativesOf: async (session, subjectId) =>
    (await records.getSubject(session, subjectId)).representatives.map((r) => ({
      id: r.id,
      name: fullName(r),
    })),
  setRestriction: (session, subjectId, restriction) =>
    records.setRestriction(session, subjectId, restriction),
});
