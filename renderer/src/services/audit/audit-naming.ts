// Whom each line of the audit page concerns, in words: the child, the staff member, the group,
// the form (its printed id and its child), the template version or the purpose. Names are
// decrypted in memory for the page shown and dropped with it; the log keeps ids only.
import type { AuditGroup } from '@shared/audit';
import { BUILT_IN_PURPOSES, type PurposeLabels } from '@shared/consent';
import { evidenceSubjectsById, formFactsById, type FormFacts } from '../../data/audit/entity-rows';
import { customPurposes } from '../../data/consents';
import type { UserRow } from '../../data/db/rows';
import type { Authorized } from '../authorize';
import { keyringFor } from '../authorize';
import { recordNames, tellNamesakesApart, type RecordNames } from '../records/record-names';
import { openUserCore } from '../user-rows';
import type { VaultContext } from '../vault-context';

export type AuditLanguage = keyof PurposeLabels;

/** One thing a line is about; name null when the record no longer exists (or was erased). */
export type AuditNamed = { readonly id: string; readonly name: string | null };

type Auth = Authorized<'audit.view'>;

const idsOf = (groups: readonly AuditGroup[], entity: string): string[] => [
  ...new Set(groups.filter((g) => g.entity === entity).flatMap((g) => g.entityIds)),
];

const userNames = async (
  ctx: VaultContext,
  auth: Auth,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  const rows = (await ctx.db.users.bulkGet([...ids])).filter((r): r is UserRow => r !== undefined);
  const cores = await Promise.all(rows.map((r) => openUserCore(keyringFor(auth), r)));
  return new Map(rows.map((r, i) => [r.id, cores[i]?.displayName ?? '']));
};

const purposeNames = async (
  ctx: VaultContext,
  auth: Auth,
  language: AuditLanguage,
): Promise<Map<string, string>> => {
  const purposes = [...BUILT_IN_PURPOSES, ...(await customPurposes(ctx.db, auth))];
  return new Map(purposes.map((p) => [p.id, p.labels[language]]));
};

/**
 * Entity kinds named by their kind only: ids that name no person or thing a head would look for
 * (a setting's key), and requests and disclosures, which their own screens show by number.
 */
const NAMELESS = new Set([
  'vault',
  'audit',
  'institution',
  'setting',
  'import',
  'request',
  'disclosure',
]);

/** "lv-veidlapa-1@2" → "lv-veidlapa-1 v2", as the footer of a printed form names it. */
const templateName = (id: string): string => id.replace(/@(\d+)$/, ' v$1');

export type AuditNaming = {
  /** The staff member (or null: unknown id) behind an actor id; 'system' has no name. */
  readonly actor: (id: string) => string | null;
  readonly named: (group: AuditGroup) => AuditNamed[];
};

type Lookups = {
  readonly forms: ReadonlyMap<string, FormFacts>;
  readonly evidence: ReadonlyMap<string, string>;
  readonly records: RecordNames;
  readonly users: ReadonlyMap<string, string>;
  readonly purposes: ReadonlyMap<string, string>;
};

const nameOf = (l: Lookups, entity: string, id: string): string | null => {
  const child = (subjectId: string | null | undefined) =>
    subjectId == null ? null : (l.records.subjects.get(subjectId) ?? null);
  switch (entity) {
    case 'subject':
      return child(id);
    case 'representative':
      return l.records.representatives.get(id) ?? null;
    case 'group':
      return l.records.groups.get(id) ?? null;
    case 'user':
      return l.users.get(id) ?? null;
    case 'consentForm': {
      const form = l.forms.get(id);
      if (!form) return null;
      const name = child(form.subjectId);
      return name === null ? form.formId : `${form.formId} · ${name}`;
    }
    case 'consentEvidence':
      return child(l.evidence.get(id));
    case 'template':
      return templateName(id);
    case 'purpose':
      return l.purposes.get(id) ?? null;
    default:
      return null;
  }
};

/** Looks up, in one pass, every name the given lines need. */
export const auditNaming = async (
  ctx: VaultContext,
  auth: Auth,
  groups: readonly AuditGroup[],
  language: AuditLanguage,
): Promise<AuditNaming> => {
  const [forms, evidence] = await Promise.all([
    formFactsById(ctx.db, auth, idsOf(groups, 'consentForm')),
    evidenceSubjectsById(ctx.db, auth, idsOf(groups, 'consentEvidence')),
  ]);
  const childIds = [
    ...idsOf(groups, 'subject'),
    ...[...forms.values()].flatMap((f) => (f.subjectId === null ? [] : [f.subjectId])),
    ...evidence.values(),
  ];
  const userIds = [...new Set([...groups.map((g) => g.actor), ...idsOf(groups, 'user')])];
  const [names, users, purposes] = await Promise.all([
    recordNames(ctx, auth, {
      subjects: [...new Set(childIds)],
      representatives: idsOf(groups, 'representative'),
      groups: idsOf(groups, 'group'),
    }),
    userNames(ctx, auth, userIds),
    idsOf(groups, 'purpose').length > 0
      ? purposeNames(ctx, auth, language)
      : new Map<string, string>(),
  ]);
  const records = tellNamesakesApart(names, language);
  const lookups: Lookups = { forms, evidence, records, users, purposes };
  return {
    actor: (id) => users.get(id) ?? null,
    named: (group) =>
      NAMELESS.has(group.entity)
        ? []
        : group.entityIds.map((id) => ({ id, name: nameOf(lookups, group.entity, id) })),
  };
};
