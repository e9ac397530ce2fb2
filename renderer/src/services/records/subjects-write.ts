// Creating and editing subjects with their representatives in one atomic write; restriction
// (GDPR art. 18) and health notes have their own permissions.
import {
  makeRepresentativeSchema,
  makeSubjectSchema,
  type DomainSchemaContext,
} from '@shared/domain/schemas';
import type {
  Representative,
  RepresentativeLink,
  Restriction,
  Subject,
} from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import type { CategoryKeys } from '../../data/db/sealed-row';
import {
  codeIndexOf,
  openSubject,
  sealLink,
  sealRepresentative,
  sealSubject,
} from '../../data/records/records-codec';
import {
  readLinkRows,
  readRepresentativeRows,
  readSubjectRow,
  writeBatch,
} from '../../data/records/records-repo';
import type { LinkRow, RepresentativeRow, SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import {
  allowed,
  auditIds,
  rowAccess,
  schemaContext,
  subjectAccess,
  validationError,
  type RecordsDeps,
} from './records-context';
import type { RepresentativeSave, SubjectSave } from './records-types';
import { blindIndexKey, codeExists } from './subjects-read';

type Existing = { readonly row: SubjectRow; readonly subject: Subject } | undefined;

const loadExisting = async (
  deps: RecordsDeps,
  session: Session,
  id: string | undefined,
): Promise<Existing> => {
  if (id === undefined) return undefined;
  const row = await readSubjectRow(deps.ctx.db, authorize(session, 'subject.view'), id);
  const auth = authorize(session, 'subject.edit', rowAccess(row));
  const subject = await openSubject(keyringFor(auth).categories, row);
  // The row alone cannot tell a social worker's assignment: check again on the opened record.
  authorize(session, 'subject.edit', subjectAccess(session, subject));
  return { row, subject };
};

/** A social worker's new client is assigned to her, so she can open it again. */
const assignedWorkers = (session: Session, existing: Existing): readonly string[] | undefined =>
  existing?.subject.assignedWorkerIds ??
  (session.role === 'socialWorker' ? [session.userId] : undefined);

const restrictionOf = (
  session: Session,
  save: SubjectSave,
  existing: Existing,
): Restriction | null | undefined => {
  if (save.restriction === undefined) return existing?.subject.restriction;
  const before = existing?.subject.restriction ?? null;
  if (JSON.stringify(save.restriction) !== JSON.stringify(before))
    authorize(session, 'subject.restrict');
  return save.restriction;
};

const validSubject = (
  context: DomainSchemaContext,
  session: Session,
  save: SubjectSave,
  existing: Existing,
): Subject => {
  const { healthNotes, ...draft } = save.draft;
  const mayHealth = allowed(session, 'subject.editHealth', {});
  if (
    healthNotes !== undefined &&
    healthNotes !== (existing?.subject.healthNotes ?? '') &&
    !mayHealth
  ) {
    authorize(session, 'subject.editHealth');
  }
  const candidate: Subject = {
    ...draft,
    id: existing?.row.id ?? crypto.randomUUID(),
    status: save.status,
    restriction: restrictionOf(session, save, existing) ?? null,
    ...(mayHealth && healthNotes !== undefined ? { healthNotes } : {}),
    ...(assignedWorkers(session, existing)
      ? { assignedWorkerIds: [...(assignedWorkers(session, existing) ?? [])] }
      : {}),
  };
  const parsed = makeSubjectSchema(context).safeParse(candidate);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
};

const subjectCodeIndex = async (
  deps: RecordsDeps,
  session: Session,
  subject: Subject,
): Promise<string | undefined> => {
  if (subject.personalCode === undefined) return undefined;
  const auth = authorize(session, 'subject.viewIdentifiers');
  if (await codeExists(deps, session, subject.personalCode, subject.id)) {
    throw new AppError('validation', 'records.errors.duplicateCode', { field: 'personalCode' });
  }
  return codeIndexOf(blindIndexKey(auth), subject.personalCode);
};

type RepBatch = {
  reps: RepresentativeRow[];
  links: LinkRow[];
  deleteLinkIds: string[];
  createdReps: string[];
};

const sealReps = async (
  deps: RecordsDeps,
  session: Session,
  context: DomainSchemaContext,
  subject: Subject,
  saves: readonly RepresentativeSave[],
): Promise<RepBatch> => {
  const subjectId = subject.id;
  const now = deps.ctx.now().toISOString();
  const auth: Authorized<'representative.edit'> = authorize(
    session,
    'representative.edit',
    subjectAccess(session, subject),
  );
  const keys: CategoryKeys = keyringFor(auth).categories;
  const oldLinks = await readLinkRows(deps.ctx.db, auth, [subjectId]);
  // A representative is shared by siblings: a role limited to its own clients may edit a person
  // already linked to this record, or a new one, but not someone else's by naming their id.
  const linked = new Set(oldLinks.map((l) => l.representativeId));
  const editsAnyone = allowed(session, 'representative.edit', {
    assignedToUser: false,
    subjectGroupId: null,
  });
  for (const save of saves) {
    if (save.representativeId !== undefined && !linked.has(save.representativeId) && !editsAnyone) {
      throw new AppError('forbidden', 'errors.forbidden', { permission: 'representative.edit' });
    }
  }
  const oldReps = new Map(
    (
      await readRepresentativeRows(
        deps.ctx.db,
        auth,
        saves.flatMap((s) => s.representativeId ?? []),
      )
    ).map((r) => [r.id, r]),
  );
  const out: RepBatch = { reps: [], links: [], deleteLinkIds: [], createdReps: [] };
  for (const [position, save] of saves.entries()) {
    const id = save.representativeId ?? crypto.randomUUID();
    const parsed = makeRepresentativeSchema(context).safeParse({ ...save.draft, id });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const rep: Representative = parsed.data;
    const prior = oldReps.get(id);
    if (!prior) out.createdReps.push(id);
    const codeIndex =
      rep.personalCode === undefined || !keyringFor(auth).blindIndex
        ? undefined
        : await codeIndexOf(keyringFor(auth).blindIndex as CryptoKey, rep.personalCode);
    out.reps.push(
      await sealRepresentative(
        keys,
        rep,
        codeIndex,
        { createdAt: prior?.createdAt ?? now, updatedAt: now },
        prior,
      ),
    );
    const link: RepresentativeLink = {
      id: save.linkId ?? crypto.randomUUID(),
      subjectId,
      representativeId: id,
      relation: save.relation,
      custodyNotes: save.custodyNotes,
    };
    const oldLink = oldLinks.find((l) => l.id === link.id);
    out.links.push(await sealLink(keys, link, oldLink?.createdAt ?? now, position));
  }
  const kept = new Set(out.links.map((l) => l.id));
  out.deleteLinkIds.push(...oldLinks.filter((l) => !kept.has(l.id)).map((l) => l.id));
  return out;
};

/** Creates or updates a subject and its representative links atomically; returns the id. */
export const saveSubject = async (
  deps: RecordsDeps,
  session: Session,
  save: SubjectSave,
): Promise<string> => {
  const existing = await loadExisting(deps, session, save.id);
  const auth = existing
    ? authorize(session, 'subject.edit', subjectAccess(session, existing.subject))
    : authorize(session, 'subject.create');
  const context = await schemaContext(deps.ctx);
  const subject = validSubject(context, session, save, existing);
  const codeIndex = await subjectCodeIndex(deps, session, subject);
  const now = deps.ctx.now().toISOString();
  const row = await sealSubject(
    keyringFor(auth).categories,
    subject,
    codeIndex,
    { createdAt: existing?.row.createdAt ?? now, updatedAt: now },
    existing?.row,
  );
  const reps = await sealReps(deps, session, context, subject, save.representatives);
  await writeBatch(
    deps.ctx.db,
    auth,
    {
      subjects: [row],
      representatives: reps.reps,
      links: reps.links,
      deleteLinkIds: reps.deleteLinkIds,
      mode: 'put',
    },
    deps.options.writeHook,
  );
  await auditIds(deps.ctx, session, existing ? 'subject.update' : 'subject.create', 'subject', [
    subject.id,
  ]);
  await auditIds(deps.ctx, session, 'representative.create', 'representative', reps.createdReps);
  return subject.id;
};

/** Sets or lifts a restriction (GDPR art. 18). Needs 'subject.restrict'. */
export const setRestriction = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  restriction: Restriction | null,
): Promise<void> => {
  const row = await readSubjectRow(deps.ctx.db, authorize(session, 'subject.restrict'), id);
  const auth = authorize(session, 'subject.restrict', rowAccess(row));
  const subject = await openSubject(keyringFor(auth).categories, row);
  const parsed = makeSubjectSchema(await schemaContext(deps.ctx)).safeParse({
    ...subject,
    restriction,
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  const updated = await sealSubject(
    keyringFor(auth).categories,
    parsed.data,
    row.codeIndex,
    { createdAt: row.createdAt, updatedAt: deps.ctx.now().toISOString() },
    row,
  );
  await writeBatch(deps.ctx.db, auth, { subjects: [updated], mode: 'put' }, deps.options.writeHook);
  await auditIds(
    deps.ctx,
    session,
    restriction ? 'subject.restrict' : 'subject.unrestrict',
    'subject',
    [id],
  );
};

/** Writes the health notes only (a nurse has no 'subject.edit'). Empty text removes them. */
export const setHealthNotes = async (
  deps: RecordsDeps,
  session: Session,
  id: string,
  healthNotes: string,
): Promise<void> => {
  const row = await readSubjectRow(deps.ctx.db, authorize(session, 'subject.editHealth'), id);
  const auth = authorize(session, 'subject.editHealth', rowAccess(row));
  const subject = await openSubject(keyringFor(auth).categories, row);
  authorize(session, 'subject.editHealth', subjectAccess(session, subject));
  const parsed = makeSubjectSchema(await schemaContext(deps.ctx)).safeParse({
    ...subject,
    healthNotes,
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  const updated = await sealSubject(
    keyringFor(auth).categories,
    parsed.data,
    row.codeIndex,
    { createdAt: row.createdAt, updatedAt: deps.ctx.now().toISOString() },
    row,
  );
  await writeBatch(deps.ctx.db, auth, { subjects: [updated], mode: 'put' }, deps.options.writeHook);
  await auditIds(deps.ctx, session, 'subject.updateHealth', 'subject', [id]);
};
