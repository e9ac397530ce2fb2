// Names of children, clients, representatives and groups for the audit log, decrypted in memory
// for a head ('audit.view') and never stored: the log itself keeps ids only. Only the 'core'
// category is opened (names), never codes, contacts or health notes.
import type { Authorized } from '../authorize';
import { keyringFor } from '../authorize';
import { subjectRowsById } from '../../data/audit/entity-rows';
import { openGroup, openRepresentative, openSubject } from '../../data/records/records-codec';
import { readGroupRows, readRepresentativeRows } from '../../data/records/records-repo';
import type { VaultContext } from '../vault-context';

export type RecordNameRequest = {
  readonly subjects: readonly string[];
  readonly representatives: readonly string[];
  readonly groups: readonly string[];
};

/** id → printed name ("Given Family" or the group's name); ids that no longer exist are absent. */
export type RecordNames = {
  readonly subjects: ReadonlyMap<string, string>;
  readonly representatives: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, string>;
};

const fullName = (p: { givenNames: string; familyName: string }): string =>
  `${p.givenNames} ${p.familyName}`.trim();

/** Decrypts the names asked for, in concurrent batches; not audited itself (see the caller). */
export const recordNames = async (
  ctx: VaultContext,
  auth: Authorized<'audit.view'>,
  request: RecordNameRequest,
): Promise<RecordNames> => {
  const keys = keyringFor(auth).categories;
  const wantedGroups = new Set(request.groups);
  const [subjectRows, repRows, groupRows] = await Promise.all([
    request.subjects.length > 0 ? subjectRowsById(ctx.db, auth, request.subjects) : [],
    request.representatives.length > 0
      ? readRepresentativeRows(ctx.db, auth, request.representatives)
      : [],
    wantedGroups.size > 0 ? readGroupRows(ctx.db, auth) : [],
  ]);
  const [subjects, reps, groups] = await Promise.all([
    Promise.all(subjectRows.map((row) => openSubject(keys, row, ['core']))),
    Promise.all(repRows.map((row) => openRepresentative(keys, row))),
    Promise.all(groupRows.filter((r) => wantedGroups.has(r.id)).map((r) => openGroup(keys, r))),
  ]);
  return {
    subjects: new Map(subjects.map((s) => [s.id, fullName(s)])),
    representatives: new Map(reps.map((r) => [r.id, fullName(r)])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
  };
};
