// Helpers the records services share: the institution's country and today's date for the
// domain schemas, access contexts for scoped permissions, audit, and validation errors.
import { can, type AccessContext, type Permission } from '@shared/access/permissions';
import type { Country, Subject, SubjectKind, SubjectStatus } from '@shared/domain/types';
import type { DomainSchemaContext } from '@shared/domain/schemas';
import { AppError } from '@shared/errors/app-error';
import { institutionToday } from '@shared/domain/leaving';
import type { WriteHook } from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';

export type RecordsOptions = {
  /** Test seam: runs inside the write transaction after each table write; throwing aborts it. */
  readonly writeHook?: WriteHook;
};

export type RecordsDeps = { readonly ctx: VaultContext; readonly options: RecordsOptions };

/**
 * The institution's country and today's date in its time zone (Europe/Riga, Europe/Vilnius):
 * what every record rule, the leaving rule included, counts "today" by.
 */
export const schemaContext = async (ctx: VaultContext): Promise<DomainSchemaContext> => {
  const meta = await ctx.db.meta.get('vault');
  const country: Country = meta?.id === 'vault' ? meta.country : 'LV';
  return { country, today: institutionToday(ctx.now(), country) };
};

/** The kind of record the register keeps: children in a kindergarten, clients in a social office. */
export const registerSubjectKind = async (ctx: VaultContext): Promise<SubjectKind> => {
  const meta = await ctx.db.meta.get('vault');
  return meta?.id === 'vault' && meta.kind === 'socialOffice' ? 'client' : 'child';
};

/**
 * Refuses records of the other kind (issue 11): a kindergarten register never takes a client and
 * a social office never a child, so neither turns into the other by a save, an import or a demo.
 * Throws AppError('validation', 'records.errors.wrongKind', { field: 'kind' }).
 */
export const assertRegisterKind = async (
  ctx: VaultContext,
  kinds: Iterable<SubjectKind>,
): Promise<void> => {
  const own = await registerSubjectKind(ctx);
  for (const kind of kinds)
    if (kind !== own)
      throw new AppError('validation', 'records.errors.wrongKind', { field: 'kind' });
};

/**
 * The group a record counts in for group-scoped roles: a child who left (or is archived) is in
 * no group's everyday scope any more, as their keys are no longer in the group's scope
 * (docs/security-model.md, placement). Head and secretary see every record regardless.
 */
const scopeGroupOf = (status: SubjectStatus, groupId: string | null): string | null =>
  status === 'active' ? groupId : null;

/** The access context of a stored subject, from its plaintext fields (no decryption needed). */
export const rowAccess = (row: SubjectRow): AccessContext => ({
  subjectGroupId: scopeGroupOf(row.status, row.groupId),
  restricted: row.restricted === 1,
});

/** The access context of an opened subject; adds the social worker's assignment. */
export const subjectAccess = (session: Session, subject: Subject): AccessContext => ({
  subjectGroupId: scopeGroupOf(subject.status, subject.groupId ?? null),
  restricted: subject.restriction != null,
  assignedToUser: subject.assignedWorkerIds?.includes(session.userId) ?? false,
});

export const allowed = (session: Session, permission: Permission, access: AccessContext): boolean =>
  can(session.role, permission, { ...access, userGroupIds: session.groupIds });

/** Audit entries carry ids only, never a name or a code. */
export { auditEntries as auditIds } from '../audit-write';

/** A zod issue list as one AppError('validation') naming the first field and its i18n key. */
export const validationError = (
  issues: readonly { readonly message: string; readonly path: readonly PropertyKey[] }[],
): AppError => {
  const first = issues[0];
  return new AppError('validation', first?.message ?? 'validation.invalid', {
    field: first?.path.map(String).join('.') ?? '',
  });
};
