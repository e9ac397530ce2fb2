// Assembling export rows (subjects with group names and representatives) for the export
// module, and loading the demo register. Both need the whole picture of several tables.
import type { Relation, Representative } from '@shared/domain/types';
import {
  openGroup,
  openLink,
  openRepresentative,
  sealGroup,
} from '../../data/records/records-codec';
import {
  readGroupRows,
  readLinkRows,
  readRepresentativeRows,
  readSubjectRow,
  writeBatch,
} from '../../data/records/records-repo';
import { orgKeys, type Session } from '../../data/session/session';
import { keyChange, storeWithKeys } from '../person-keys';
import { sealBulk } from './bulk-seal';
import { mustOpenSubject } from './subjects-read';
import { authorize, keyringFor } from '../authorize';
import type { DemoRegister } from './demo';
import type { ExportSubject } from './export';
import {
  allowed,
  assertRegisterKind,
  auditIds,
  rowAccess,
  subjectAccess,
  type RecordsDeps,
} from './records-context';

/**
 * The subjects to export, in the order given, with what the export columns read. Needs
 * 'records.export'; each record must also be visible to the session. Audited per record
 * (who received whose data). The columns are filtered by role in export/exportColumnsFor.
 */
export const exportSubjects = async (
  deps: RecordsDeps,
  session: Session,
  ids: readonly string[],
): Promise<ExportSubject[]> => {
  const auth = authorize(session, 'records.export');
  const people = keyringFor(auth).people;
  const groupNames = new Map<string, string>();
  for (const row of await readGroupRows(deps.ctx.db, auth))
    groupNames.set(row.id, (await openGroup(orgKeys(keyringFor(auth)), row)).name);
  const out: ExportSubject[] = [];
  for (const id of ids) {
    const row = await readSubjectRow(deps.ctx.db, auth, id);
    authorize(session, 'subject.view', rowAccess(row));
    const { healthNotes: _h, ...subject } = await mustOpenSubject(auth, row);
    authorize(session, 'subject.view', subjectAccess(session, subject));
    const links = allowed(session, 'representative.view', rowAccess(row))
      ? await readLinkRows(deps.ctx.db, auth, [id])
      : [];
    const reps = new Map(
      (
        await readRepresentativeRows(
          deps.ctx.db,
          auth,
          links.map((l) => l.representativeId),
        )
      ).map((r) => [r.id, r]),
    );
    const childKeys = await people.keysOf(id, ['core']);
    const representatives: { representative: Representative; relation: Relation }[] = [];
    for (const link of links) {
      const repRow = reps.get(link.representativeId);
      if (repRow)
        representatives.push({
          representative: await openRepresentative(await people.keysOf(repRow.id), repRow),
          relation: (await openLink(childKeys, link)).relation,
        });
    }
    out.push({
      subject,
      groupName: subject.groupId ? (groupNames.get(subject.groupId) ?? '') : '',
      representatives,
    });
  }
  await auditIds(deps.ctx, session, 'records.export', 'subject', [...ids]);
  return out;
};

/** Stores the fictional demo register in one transaction. Needs 'group.manage' and 'records.import'. */
export const seedDemo = async (
  deps: RecordsDeps,
  session: Session,
  register: DemoRegister,
  onProgress?: (done: number, total: number) => void,
): Promise<void> => {
  authorize(session, 'group.manage');
  const auth = authorize(session, 'records.import');
  await assertRegisterKind(
    deps.ctx,
    register.subjects.map((s) => s.kind),
  );
  const keyring = keyringFor(auth);
  const now = deps.ctx.now().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  const total = register.subjects.length;
  const groups = await Promise.all(
    register.groups.map((g) => sealGroup(orgKeys(keyring), g, stamp)),
  );
  const positions = new Map<string, number>();
  const links = register.links.map((link) => {
    const position = positions.get(link.subjectId) ?? 0;
    positions.set(link.subjectId, position + 1);
    return { link, position };
  });
  const change = keyChange(deps.ctx, keyring);
  const sealed = await sealBulk(
    change,
    keyring,
    session,
    { subjects: register.subjects, representatives: register.representatives, links },
    stamp,
    (tag) => deps.ctx.keybook.ownersWithTag(tag),
    (done) => {
      if (done % 20 === 0 || done === total) onProgress?.(done, total);
    },
  );
  await storeWithKeys(change, () =>
    writeBatch(deps.ctx.db, auth, { groups, ...sealed, mode: 'add' }, deps.options.writeHook),
  );
  await auditIds(deps.ctx, session, 'records.seedDemo', 'import', [null]);
};
