// The social-office parts of a client's record (issue 11): each written by the roles whose duty
// it is (contacts and services: the office; social situation: the social worker; finances: the
// accountant; care notes: the care worker), and caseload assignment by the head. Authorized on
// the stored row and again on the opened record (a worker's assignment is known only then).
import type { Permission } from '@shared/access/permissions';
import { makeSubjectSchema } from '@shared/domain/schemas';
import type { AuditAction } from '@shared/audit';
import type {
  ClientContacts,
  ClientFinancial,
  ClientService,
  ClientSocial,
  Subject,
} from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import { CASELOAD_SCOPED_CATEGORIES } from '../../data/keys/scopes';
import { readSubjectRow } from '../../data/records/records-repo';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { getServiceNames } from '../service-names';
import {
  auditIds,
  rowAccess,
  schemaContext,
  subjectAccess,
  validationError,
  type RecordsDeps,
} from './records-context';
import { CASELOAD_ROLES } from './caseload-workers';
import { mustOpenSubject } from './subjects-read';
import { storeSubject } from './subjects-write';

/** What one call may change; absent parts stay as stored. */
export type ClientPatch = {
  readonly contacts?: ClientContacts;
  readonly social?: ClientSocial;
  readonly financial?: ClientFinancial;
  readonly careNotes?: string;
  readonly services?: readonly ClientService[];
  readonly foreignNational?: boolean;
  readonly foreignNationalNote?: string;
};

type ClientPermission = Extract<
  Permission,
  'subject.edit' | 'subject.editSocial' | 'subject.editFinancial' | 'subject.editCare'
>;

/** Which permission writes each part (docs/roles.md). */
const PATCH_PERMISSION: Readonly<Record<keyof ClientPatch, ClientPermission>> = {
  contacts: 'subject.edit',
  services: 'subject.edit',
  foreignNational: 'subject.edit',
  foreignNationalNote: 'subject.edit',
  social: 'subject.editSocial',
  financial: 'subject.editFinancial',
  careNotes: 'subject.editCare',
};

const PATCH_AUDIT: Readonly<Record<ClientPermission, AuditAction>> = {
  'subject.edit': 'subject.update',
  'subject.editSocial': 'subject.updateSocial',
  'subject.editFinancial': 'subject.updateFinancial',
  'subject.editCare': 'subject.updateCare',
};

const permissionsOf = (patch: ClientPatch): ClientPermission[] => [
  ...new Set(
    (Object.keys(patch) as (keyof ClientPatch)[])
      .filter((k) => patch[k] !== undefined)
      .map((k) => PATCH_PERMISSION[k]),
  ),
];

/**
 * Opens the stored record for a change needing `needed` (at least one), checking each on the
 * row and on the opened record. Throws AppError('forbidden') / ('not-found').
 */
const openFor = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  needed: readonly (ClientPermission | 'caseload.assign')[],
) => {
  const first = needed[0];
  if (first === undefined) throw new AppError('validation', 'validation.invalid');
  const row = await readSubjectRow(deps.ctx.db, authorize(session, first), id);
  for (const p of needed) authorize(session, p, rowAccess(row));
  const auth = authorize(session, first, rowAccess(row));
  const subject = await mustOpenSubject(auth, row);
  for (const p of needed) authorize(session, p, subjectAccess(session, subject));
  // A child has no client parts or caseloads: a kindergarten record never becomes a client's.
  if (subject.kind !== 'client')
    throw new AppError('validation', 'records.errors.wrongKind', { field: 'kind' });
  return { row, subject, auth };
};

const validated = async (deps: RecordsDeps, candidate: Subject): Promise<Subject> => {
  const parsed = makeSubjectSchema(await schemaContext(deps.ctx)).safeParse(candidate);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
};

/**
 * A service is named from the office's list (issue 11); a name the head has since removed from
 * the list stays valid on the services that already carry it. Throws AppError('validation').
 */
const assertKnownServices = async (
  deps: RecordsDeps,
  services: readonly ClientService[],
  stored: readonly ClientService[],
): Promise<void> => {
  const known = new Set([...(await getServiceNames(deps.ctx)), ...stored.map((s) => s.name)]);
  const index = services.findIndex((s) => !known.has(s.name.trim()));
  if (index >= 0)
    throw new AppError('validation', 'records.errors.unknownService', {
      field: `services.${String(index)}.name`,
    });
};

/**
 * Changes parts of a client's record. Each part needs its own permission, in scope (an assigned
 * worker, or an institution role). Services and benefits are replaced as whole lists. Throws
 * AppError('forbidden' | 'not-found' | 'validation').
 */
export const updateClient = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  patch: ClientPatch,
): Promise<void> => {
  const needed = permissionsOf(patch);
  const { row, subject, auth } = await openFor(deps, session, id, needed);
  const { services, ...rest } = patch;
  if (services !== undefined) await assertKnownServices(deps, services, subject.services ?? []);
  const next = await validated(deps, {
    ...subject,
    ...rest,
    ...(services === undefined ? {} : { services: services.map((s) => ({ ...s })) }),
  });
  await storeSubject(deps, auth, next, row);
  for (const p of needed) await auditIds(deps.ctx, session, PATCH_AUDIT[p], 'subject', [id]);
};

/**
 * The head assigns a client to workers (social and care workers, active): the client's keys and
 * her representatives' move into exactly these workers' caseloads, out of any other (issue 11:
 * a worker's access ends when the assignment ends). Throws AppError('validation',
 * 'records.errors.notAWorker') for anyone else.
 */
export const assignCaseload = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  workerIds: readonly string[],
): Promise<void> => {
  const { row, subject, auth } = await openFor(deps, session, id, ['caseload.assign']);
  const unique = [...new Set(workerIds)].sort();
  const users = await deps.ctx.db.users.bulkGet(unique);
  if (users.some((u) => !u || u.status !== 'active' || !CASELOAD_ROLES.includes(u.role)))
    throw new AppError('validation', 'records.errors.notAWorker', { field: 'assignedWorkerIds' });
  const next = await validated(deps, { ...subject, assignedWorkerIds: unique });
  await storeSubject(deps, auth, next, row, { ensureCategories: CASELOAD_SCOPED_CATEGORIES });
  await auditIds(deps.ctx, session, 'subject.assignCaseload', 'subject', [id]);
};
