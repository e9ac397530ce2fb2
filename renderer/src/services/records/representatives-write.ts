// The representatives part of saving a subject: check and validate the form's list (planning),
// then seal each representative under their own keys and each link under the child's keys.
import { makeRepresentativeSchema, type DomainSchemaContext } from '@shared/domain/schemas';
import type { Representative, RepresentativeLink, Subject } from '@shared/domain/types';
import { AppError } from '@shared/errors/app-error';
import type { CategoryKeys } from '../../data/db/sealed-row';
import type { KeyChange } from '../../data/keys/key-change';
import type { Placement } from '../../data/keys/scopes';
import { codeIndexOf, sealLink, sealRepresentative } from '../../data/records/records-codec';
import { readLinkRows, readRepresentativeRows } from '../../data/records/records-repo';
import type { LinkRow, RepresentativeRow } from '../../data/records/rows';
import type { Keyring, Session } from '../../data/session/session';
import { authorize, type Authorized } from '../authorize';
import { allowed, subjectAccess, validationError, type RecordsDeps } from './records-context';
import type { RepresentativeSave } from './records-types';
import { keysForSeal, representativeCategories } from './seal-keys';

export type RepresentativePlan = {
  readonly auth: Authorized<'representative.edit'>;
  readonly reps: { readonly rep: Representative; readonly prior?: RepresentativeRow }[];
  readonly links: {
    readonly link: RepresentativeLink;
    readonly createdAt: string;
    readonly position: number;
  }[];
  readonly deleteLinkIds: string[];
  /** Representatives whose link to this subject the save removes. */
  readonly unlinkedRepIds: string[];
  readonly createdReps: string[];
};

/** Checks the form's representatives (scope, validity) against what is stored; seals nothing. */
export const planRepresentatives = async (
  deps: RecordsDeps,
  session: Session,
  context: DomainSchemaContext,
  subject: Subject,
  saves: readonly RepresentativeSave[],
): Promise<RepresentativePlan> => {
  const now = deps.ctx.now().toISOString();
  const auth = authorize(session, 'representative.edit', subjectAccess(session, subject));
  const oldLinks = await readLinkRows(deps.ctx.db, auth, [subject.id]);
  // A representative is shared by siblings: a role limited to its own clients may edit a person
  // already linked to this record, or a new one, but not someone else's by naming their id.
  const linked = new Set(oldLinks.map((l) => l.representativeId));
  const editsAnyone = allowed(session, 'representative.edit', {
    assignedToUser: false,
    subjectGroupId: null,
  });
  for (const save of saves) {
    if (save.representativeId !== undefined && !linked.has(save.representativeId) && !editsAnyone)
      throw new AppError('forbidden', 'errors.forbidden', { permission: 'representative.edit' });
  }
  const ids = saves.flatMap((s) => s.representativeId ?? []);
  const oldReps = new Map(
    (await readRepresentativeRows(deps.ctx.db, auth, ids)).map((r) => [r.id, r]),
  );
  const plan: RepresentativePlan = {
    auth,
    reps: [],
    links: [],
    deleteLinkIds: [],
    unlinkedRepIds: [],
    createdReps: [],
  };
  for (const [position, save] of saves.entries()) {
    const id = save.representativeId ?? crypto.randomUUID();
    const parsed = makeRepresentativeSchema(context).safeParse({ ...save.draft, id });
    if (!parsed.success) throw validationError(parsed.error.issues);
    const prior = oldReps.get(id);
    if (!prior) plan.createdReps.push(id);
    plan.reps.push(prior ? { rep: parsed.data, prior } : { rep: parsed.data });
    const linkId = save.linkId ?? crypto.randomUUID();
    plan.links.push({
      link: {
        id: linkId,
        subjectId: subject.id,
        representativeId: id,
        relation: save.relation,
        custodyNotes: save.custodyNotes,
      },
      createdAt: oldLinks.find((l) => l.id === linkId)?.createdAt ?? now,
      position,
    });
  }
  const kept = new Set(plan.links.map((l) => l.link.id));
  const keptReps = new Set(plan.reps.map((r) => r.rep.id));
  for (const old of oldLinks.filter((l) => !kept.has(l.id))) {
    plan.deleteLinkIds.push(old.id);
    if (!keptReps.has(old.representativeId)) plan.unlinkedRepIds.push(old.representativeId);
  }
  return plan;
};

/** Seals the planned representatives (own keys, placed as given) and links (child's core key). */
export const sealRepresentatives = async (
  plan: RepresentativePlan,
  change: KeyChange,
  keyring: Keyring,
  placements: ReadonlyMap<string, Placement>,
  childKeys: CategoryKeys,
  now: string,
): Promise<{ reps: RepresentativeRow[]; links: LinkRow[] }> => {
  const role = plan.auth.session.role;
  const reps: RepresentativeRow[] = [];
  for (const { rep, prior } of plan.reps) {
    const placement = placements.get(rep.id);
    if (!placement) throw new AppError('internal', 'errors.internal');
    const keys = await keysForSeal(change, role, rep.id, placement, representativeCategories(rep));
    if (keyring.blindIndex && keys.has('identifiers'))
      change.setTag(
        rep.id,
        rep.personalCode === undefined
          ? undefined
          : await codeIndexOf(keyring.blindIndex, rep.personalCode),
      );
    const stamp = { createdAt: prior?.createdAt ?? now, updatedAt: now };
    reps.push(await sealRepresentative(keys, rep, stamp, prior));
  }
  const links: LinkRow[] = [];
  for (const { link, createdAt, position } of plan.links)
    links.push(await sealLink(childKeys, link, createdAt, position));
  return { reps, links };
};
