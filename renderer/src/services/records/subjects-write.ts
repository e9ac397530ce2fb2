// Creating and editing subjects with their representatives in one atomic write; restriction
// (GDPR art. 18) and health notes have their own permissions. Every write stages its keys first
// (new people get data keys; a move, leaving or restriction changes where keys are wrapped) and
// stores them around the rows in the order person-keys.ts explains.
import { isPlannedLeaving, leavingAction, leavingStatus } from '@shared/domain/leaving';
import { makeSubjectSchema, type DomainSchemaContext } from '@shared/domain/schemas';
import type { Restriction, Subject } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import type { PersonCategory } from '@shared/access/roles';
import type { IsoDate } from '@shared/text/dates';
import { updatePlannedLeavings } from '../../data/records/planned-leavings-repo';
import { codeIndexOf, sealSubject } from '../../data/records/records-codec';
import { readLinkRows, readSubjectRow, writeBatch } from '../../data/records/records-repo';
import type { SubjectRow } from '../../data/records/rows';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor, type Authorized } from '../authorize';
import { keyChange, storeWithKeys } from '../person-keys';
import { factsOf, stagePlacements } from './placements';
import {
  allowed,
  assertRegisterKind,
  auditIds,
  rowAccess,
  schemaContext,
  subjectAccess,
  validationError,
  type RecordsDeps,
} from './records-context';
import type { SubjectSave } from './records-types';
import { planRepresentatives, sealRepresentatives } from './representatives-write';
import { keysForSeal, subjectCategories } from './seal-keys';
import { blindIndexKey, codeExists, mustOpenSubject } from './subjects-read';

type Existing = { readonly row: SubjectRow; readonly subject: Subject } | undefined;

/**
 * The client fields the subject form does not carry (issue 11): kept from the stored record so a
 * save through the form never clears them. Each has its own service (client-write.ts).
 */
const clientFieldsOf = (subject: Subject | undefined): Partial<Subject> =>
  subject === undefined
    ? {}
    : Object.fromEntries(
        (
          [
            'contacts',
            'social',
            'financial',
            'careNotes',
            'services',
            'foreignNational',
            'foreignNationalNote',
          ] as const
        ).flatMap((k) => (subject[k] === undefined ? [] : [[k, subject[k]]])),
      );

const loadExisting = async (
  deps: RecordsDeps,
  session: Session,
  id: string | undefined,
): Promise<Existing> => {
  if (id === undefined) return undefined;
  const row = await readSubjectRow(deps.ctx.db, authorize(session, 'subject.view'), id);
  const auth = authorize(session, 'subject.edit', rowAccess(row));
  const subject = await mustOpenSubject(auth, row);
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

type LeavingFields = Pick<Subject, 'status' | 'leftOn' | 'leftReason'>;

const leavingOf = (s: LeavingFields | undefined): string =>
  JSON.stringify([s?.status ?? 'active', s?.leftOn ?? null, s?.leftReason ?? null]);

/**
 * The leaving fields after a save: the form does not carry the reason, so an unchanged leaving
 * date keeps the stored reason. The status follows the one leaving rule (shared/domain/leaving):
 * a date still to come is a planned leaving (active), a date come is 'left'. Changing any of them
 * needs 'subject.leave' (head, secretary), like the dedicated setLeaving, and is audited as such
 * by saveSubject.
 */
const leavingAfterSave = (
  session: Session,
  save: SubjectSave,
  existing: Existing,
  today: IsoDate,
): LeavingFields => {
  const before = existing?.subject;
  const sameDate = save.draft.leftOn !== undefined && save.draft.leftOn === before?.leftOn;
  const leftReason = save.draft.leftReason ?? (sameDate ? before.leftReason : undefined);
  const after: LeavingFields = {
    status: leavingStatus(save.status, save.draft.leftOn, today),
    ...(save.draft.leftOn === undefined ? {} : { leftOn: save.draft.leftOn }),
    ...(leftReason === undefined ? {} : { leftReason }),
  };
  if (leavingOf(after) !== leavingOf(before)) authorize(session, 'subject.leave');
  return after;
};

const validSubject = (
  context: DomainSchemaContext,
  session: Session,
  save: SubjectSave,
  existing: Existing,
): Subject => {
  const { healthNotes, leftOn: _l, leftReason: _r, ...draft } = save.draft;
  const mayHealth = allowed(session, 'subject.editHealth', {});
  if (
    healthNotes !== undefined &&
    healthNotes !== (existing?.subject.healthNotes ?? '') &&
    !mayHealth
  ) {
    authorize(session, 'subject.editHealth');
  }
  const candidate: Subject = {
    ...clientFieldsOf(existing?.subject),
    ...draft,
    id: existing?.row.id ?? crypto.randomUUID(),
    ...leavingAfterSave(session, save, existing, context.today),
    restriction: restrictionOf(session, save, existing) ?? null,
    legalHold: existing?.subject.legalHold ?? null,
    ...(mayHealth && healthNotes !== undefined ? { healthNotes } : {}),
    ...(assignedWorkers(session, existing)
      ? { assignedWorkerIds: [...(assignedWorkers(session, existing) ?? [])] }
      : {}),
  };
  const parsed = makeSubjectSchema(context).safeParse(candidate);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return parsed.data;
};

/** The blind index of the subject's code, after refusing a duplicate; undefined: no code. */
const subjectCodeTag = async (
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

export type StoreOptions = {
  /**
   * Data keys to create even without data (issue 11): assigning a client to caseloads makes the
   * keys of every category a worker may write, so a worker never has to wrap a new key into a
   * colleague's caseload (she holds only her own caseload's keys).
   */
  readonly ensureCategories?: readonly PersonCategory[];
};

/**
 * Seals and stores the subject row alone (restriction, health notes, leaving), moving its and its
 * representatives' keys when the placement changes. `existing` is the stored row.
 */
export const storeSubject = async (
  deps: RecordsDeps,
  auth: Authorized<
    | 'subject.restrict'
    | 'subject.editHealth'
    | 'subject.edit'
    | 'subject.leave'
    | 'subject.editSocial'
    | 'subject.editFinancial'
    | 'subject.editCare'
    | 'caseload.assign'
  >,
  subject: Subject,
  existing: SubjectRow,
  options: StoreOptions = {},
): Promise<void> => {
  const keyring = keyringFor(auth);
  const change = keyChange(deps.ctx, keyring);
  const facts = factsOf(subject);
  const repIds = (await readLinkRows(deps.ctx.db, auth, [subject.id])).map(
    (l) => l.representativeId,
  );
  const placed = await stagePlacements(deps.ctx.db, auth, change, facts, repIds);
  const keys = await keysForSeal(
    change,
    auth.session.role,
    subject.id,
    placed.subject,
    new Set([...subjectCategories(subject), ...(options.ensureCategories ?? [])]),
  );
  const row = await sealSubject(
    keys,
    subject,
    { createdAt: existing.createdAt, updatedAt: deps.ctx.now().toISOString() },
    existing,
  );
  await storeWithKeys(change, () =>
    writeBatch(deps.ctx.db, auth, { subjects: [row], mode: 'put' }, deps.options.writeHook),
  );
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
  await assertRegisterKind(deps.ctx, [subject.kind]);
  const tag = await subjectCodeTag(deps, session, subject);
  const keyring = keyringFor(auth);
  const change = keyChange(deps.ctx, keyring);
  const plan = await planRepresentatives(deps, session, context, subject, save.representatives);
  const facts = factsOf(subject);
  const placed = await stagePlacements(
    deps.ctx.db,
    auth,
    change,
    facts,
    plan.reps.map((r) => r.rep.id),
    plan.unlinkedRepIds,
  );
  const keys = await keysForSeal(
    change,
    session.role,
    subject.id,
    placed.subject,
    subjectCategories(subject),
  );
  if (keys.has('identifiers')) change.setTag(subject.id, tag);
  const now = deps.ctx.now().toISOString();
  const row = await sealSubject(
    keys,
    subject,
    { createdAt: existing?.row.createdAt ?? now, updatedAt: now },
    existing?.row,
  );
  const sealed = await sealRepresentatives(plan, change, keyring, placed.reps, keys, now);
  const leavingChanged = leavingOf(subject) !== leavingOf(existing?.subject);
  const planned = isPlannedLeaving(subject, context.today);
  // Listed before the write, unlisted after it (planned-leavings-repo.ts).
  if (leavingChanged && planned)
    await updatePlannedLeavings(deps.ctx.db, auth, { add: [subject.id] });
  await storeWithKeys(change, () =>
    writeBatch(
      deps.ctx.db,
      auth,
      {
        subjects: [row],
        representatives: sealed.reps,
        links: sealed.links,
        deleteLinkIds: plan.deleteLinkIds,
        mode: 'put',
      },
      deps.options.writeHook,
    ),
  );
  await auditIds(deps.ctx, session, existing ? 'subject.update' : 'subject.create', 'subject', [
    subject.id,
  ]);
  if (leavingChanged && !planned)
    await updatePlannedLeavings(deps.ctx.db, auth, { remove: [subject.id] });
  if (leavingChanged)
    await auditIds(deps.ctx, session, leavingAction(subject, context.today), 'subject', [
      subject.id,
    ]);
  await auditIds(deps.ctx, session, 'representative.create', 'representative', plan.createdReps);
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
  const subject = await mustOpenSubject(auth, row);
  const parsed = makeSubjectSchema(await schemaContext(deps.ctx)).safeParse({
    ...subject,
    restriction,
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  await storeSubject(deps, auth, parsed.data, row);
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
  const subject = await mustOpenSubject(auth, row);
  authorize(session, 'subject.editHealth', subjectAccess(session, subject));
  const parsed = makeSubjectSchema(await schemaContext(deps.ctx)).safeParse({
    ...subject,
    healthNotes,
  });
  if (!parsed.success) throw validationError(parsed.error.issues);
  await storeSubject(deps, auth, parsed.data, row);
  await auditIds(deps.ctx, session, 'subject.updateHealth', 'subject', [id]);
};
