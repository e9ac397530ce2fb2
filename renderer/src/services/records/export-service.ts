// Assembling export rows (subjects with group names and representatives) for the export
// module, and loading the demo register. Both need the whole picture of several tables.
import type { Relation, Representative } from '@shared/domain/types';
import {
  codeIndexOf,
  openGroup,
  openLink,
  openRepresentative,
  openSubject,
  sealGroup,
  sealLink,
  sealRepresentative,
  sealSubject,
} from '../../data/records/records-codec';
import {
  readGroupRows,
  readLinkRows,
  readRepresentativeRows,
  readSubjectRow,
  writeBatch,
} from '../../data/records/records-repo';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import type { DemoRegister } from './demo';
import type { ExportSubject } from './export';
import { allowed, auditIds, rowAccess, subjectAccess, type RecordsDeps } from './records-context';

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
  const keys = keyringFor(auth).categories;
  const groupNames = new Map<string, string>();
  for (const row of await readGroupRows(deps.ctx.db, auth))
    groupNames.set(row.id, (await openGroup(keys, row)).name);
  const out: ExportSubject[] = [];
  for (const id of ids) {
    const row = await readSubjectRow(deps.ctx.db, auth, id);
    authorize(session, 'subject.view', rowAccess(row));
    const { healthNotes: _h, ...subject } = await openSubject(keys, row);
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
    const representatives: { representative: Representative; relation: Relation }[] = [];
    for (const link of links) {
      const repRow = reps.get(link.representativeId);
      if (repRow)
        representatives.push({
          representative: await openRepresentative(keys, repRow),
          relation: (await openLink(keys, link)).relation,
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
  const keyring = keyringFor(auth);
  const keys = keyring.categories;
  const now = deps.ctx.now().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  const total = register.subjects.length + register.representatives.length;
  let done = 0;
  const tick = (): void => {
    done += 1;
    if (done % 20 === 0 || done === total) onProgress?.(done, total);
  };
  const groups = await Promise.all(register.groups.map((g) => sealGroup(keys, g, stamp)));
  const subjects = [];
  for (const s of register.subjects) {
    const index =
      s.personalCode !== undefined && keyring.blindIndex
        ? await codeIndexOf(keyring.blindIndex, s.personalCode)
        : undefined;
    subjects.push(await sealSubject(keys, s, index, stamp));
    tick();
  }
  const representatives = [];
  for (const r of register.representatives) {
    representatives.push(await sealRepresentative(keys, r, undefined, stamp));
    tick();
  }
  const positions = new Map<string, number>();
  const links = await Promise.all(
    register.links.map((l) => {
      const position = positions.get(l.subjectId) ?? 0;
      positions.set(l.subjectId, position + 1);
      return sealLink(keys, l, now, position);
    }),
  );
  await writeBatch(
    deps.ctx.db,
    auth,
    { groups, subjects, representatives, links, mode: 'add' },
    deps.options.writeHook,
  );
  await auditIds(deps.ctx, session, 'records.seedDemo', 'import', [null]);
};
