// Names of children, clients, representatives and groups for the audit log, decrypted in memory
// for a head ('audit.view') and never stored: the log itself keeps ids only. Only the 'core'
// category is opened (names), never codes, contacts or health notes.
import { bornOn, sameNameIds, type DateLocale, type IsoDate } from '@shared/text';
import type { Authorized } from '../authorize';
import { keyringFor } from '../authorize';
import { subjectRowsById } from '../../data/audit/entity-rows';
import { openGroup, openRepresentative, openSubject } from '../../data/records/records-codec';
import { readGroupRows, readRepresentativeRows } from '../../data/records/records-repo';
import { orgKeys } from '../../data/session/session';
import type { VaultContext } from '../vault-context';

export type RecordNameRequest = {
  readonly subjects: readonly string[];
  readonly representatives: readonly string[];
  readonly groups: readonly string[];
};

/** id → printed name ("Given Family" or the group's name); ids that no longer exist are absent. */
export type RecordNames = {
  readonly subjects: ReadonlyMap<string, string>;
  /** id → ISO birth date, for the subjects that have one (to tell namesakes apart). */
  readonly subjectBirthDates: ReadonlyMap<string, IsoDate>;
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
  const keyring = keyringFor(auth);
  const wantedGroups = new Set(request.groups);
  const [subjectRows, repRows, groupRows] = await Promise.all([
    request.subjects.length > 0 ? subjectRowsById(ctx.db, auth, request.subjects) : [],
    request.representatives.length > 0
      ? readRepresentativeRows(ctx.db, auth, request.representatives)
      : [],
    wantedGroups.size > 0 ? readGroupRows(ctx.db, auth) : [],
  ]);
  const [subjects, reps, groups] = await Promise.all([
    Promise.all(
      subjectRows.map(async (row) => {
        // An erased person's keys are gone (crypto-shredding): no name, "no longer exists".
        const keys = await keyring.people.keysOf(row.id, ['core']);
        return keys.has('core') ? openSubject(keys, row, ['core']) : null;
      }),
    ),
    Promise.all(
      repRows.map(async (row) => {
        const keys = await keyring.people.keysOf(row.id, ['core']);
        return keys.has('core') ? openRepresentative(keys, row) : null;
      }),
    ),
    Promise.all(
      groupRows.filter((r) => wantedGroups.has(r.id)).map((r) => openGroup(orgKeys(keyring), r)),
    ),
  ]);
  return {
    subjects: new Map(subjects.flatMap((s) => (s ? [[s.id, fullName(s)] as const] : []))),
    subjectBirthDates: new Map(
      subjects.flatMap((s) => (s?.birthDate ? [[s.id, s.birthDate] as const] : [])),
    ),
    representatives: new Map(reps.flatMap((r) => (r ? [[r.id, fullName(r)] as const] : []))),
    groups: new Map(groups.map((g) => [g.id, g.name])),
  };
};

/**
 * The same names, except that subjects sharing a full name get their birth date beside it
 * ("Anna Bērziņa (dz. 03.05.2021)"), so a head tells two children apart (issue 14, defect 11).
 */
export const tellNamesakesApart = (names: RecordNames, language: DateLocale): RecordNames => {
  const shared = sameNameIds([...names.subjects].map(([id, name]) => ({ id, name })));
  const subjects = new Map(
    [...names.subjects].map(([id, name]) => {
      const born = names.subjectBirthDates.get(id);
      return [id, shared.has(id) && born ? `${name} (${bornOn(born, language)})` : name] as const;
    }),
  );
  return { ...names, subjects };
};
