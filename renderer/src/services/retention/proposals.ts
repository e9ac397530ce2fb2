// Four-eyes erasure (issue 9 part 4; GDPR Art. 17, 5(2)): the secretary (or the head) proposes
// what to erase of a child or client and why, the head approves or rejects. The head alone may
// propose and approve only with an explicit confirmation. Approval turns the proposal into the
// erasure record (pending), which erase/reapply finish in their crash-consistent order. The audit
// names ids only; the reason and legal basis are sealed in the record under the org key.
import { AppError } from '@shared/errors/app-error';
import {
  erasureProposalSchema,
  type ErasureProposalInput,
  type PartialErasureCategory,
} from '@shared/retention/erasure';
import { keyringOf, type Session } from '../../data/session/session';
import {
  addErasureRow,
  openErasure,
  readErasureRow,
  readErasureRows,
  replaceErasureRow,
  sealErasure,
  type Erasure,
} from '../../data/retention/erasures-repo';
import {
  countPersonRows,
  evidenceIdsOf,
  representativesOnlyOf,
} from '../../data/retention/person-rows';
import { readSubjectRow } from '../../data/records/records-repo';
import { auditEntry } from '../audit-write';
import { authorize, type Authorized } from '../authorize';
import { mustOpenSubject } from '../records/subjects-read';
import type { VaultContext } from '../vault-context';
import { assertErasable } from './erase';
import { completeErasure } from './reapply';

const invalid = (i18nKey: string, field: string): AppError =>
  new AppError('validation', i18nKey, { field });

/** The subject's open proposal, if any (one at a time per person). */
const openProposalOf = async (ctx: VaultContext, session: Session, subjectId: string) => {
  const org = keyringOf(session).org;
  for (const row of await readErasureRows(ctx.db, 'proposed')) {
    const erasure = await openErasure(org, row);
    if (erasure.personIds[0] === subjectId) return erasure;
  }
  return undefined;
};

/**
 * Proposes erasing a child or client, whole or only some categories. Head and secretary
 * (permission subject.proposeErasure). Throws AppError('validation') for a missing reason or legal
 * basis, no category of a partial erasure, or a proposal about the person already waiting;
 * 'forbidden'/'not-found' for a record the session cannot open. Returns the proposal's id.
 */
export const proposeErasure = async (
  ctx: VaultContext,
  session: Session,
  subjectId: string,
  input: ErasureProposalInput,
): Promise<string> => {
  const auth = authorize(session, 'subject.proposeErasure');
  const parsed = erasureProposalSchema.safeParse(input);
  if (!parsed.success)
    throw invalid('validation.required', String(parsed.error.issues[0]?.path[0] ?? 'reason'));
  await mustOpenSubject(auth, await readSubjectRow(ctx.db, auth, subjectId));
  if (await openProposalOf(ctx, session, subjectId))
    throw invalid('errors.erasureAlreadyProposed', 'subject');
  const erasure: Erasure = {
    id: crypto.randomUUID(),
    kind: 'person',
    state: 'proposed',
    proposedAt: ctx.now().toISOString(),
    proposedBy: session.userId,
    decidedAt: '',
    decidedBy: '',
    doneAt: null,
    personIds: [subjectId],
    counts: {},
    ...parsed.data,
  };
  await addErasureRow(ctx.db, await sealErasure(keyringOf(session).org, erasure));
  await auditEntry(ctx, session, 'subject.proposeErasure', 'subject', subjectId);
  return erasure.id;
};

const mustReadProposal = async (
  ctx: VaultContext,
  session: Session,
  id: string,
): Promise<Erasure> => {
  const row = await readErasureRow(ctx.db, id);
  if (!row) throw new AppError('not-found', 'errors.erasureNotFound');
  if (row.state !== 'proposed') throw invalid('errors.erasureAlreadyDecided', 'erasure');
  return openErasure(keyringOf(session).org, row);
};

/** What a partial erasure removes, fixed now: health key ids, scan ids (= their item key ids). */
const partialTargets = async (
  ctx: VaultContext,
  auth: Authorized<'subject.erase'>,
  subjectId: string,
  categories: readonly PartialErasureCategory[],
) => {
  const healthKeys = categories.includes('health')
    ? ctx.keybook
        .entriesOfOwner(subjectId)
        .filter((e) => !e.item && e.category === 'health')
        .map((e) => e.keyId)
    : [];
  const scans = categories.includes('evidence') ? await evidenceIdsOf(ctx.db, subjectId) : [];
  const hasHealth = (await readSubjectRow(ctx.db, auth, subjectId)).sealed.health !== undefined;
  return {
    keyIds: [...new Set([...healthKeys, ...scans])],
    itemIds: scans,
    counts: {
      ...(categories.includes('health') ? { health: hasHealth ? 1 : 0 } : {}),
      ...(categories.includes('evidence') ? { consentEvidence: scans.length } : {}),
    },
  };
};

/** The people, keys and rows an approved erasure removes, counted before anything is removed. */
const targetsOf = async (
  ctx: VaultContext,
  auth: Authorized<'subject.erase'>,
  proposal: Erasure,
) => {
  const subjectId = proposal.personIds[0] ?? '';
  if (proposal.scope?.kind === 'partial')
    return partialTargets(ctx, auth, subjectId, proposal.scope.categories);
  const personIds = [subjectId, ...(await representativesOnlyOf(ctx.db, subjectId))];
  return { personIds, counts: await countPersonRows(ctx.db, personIds) };
};

export type ApproveOptions = {
  /** Required true when the head approves her own proposal (the four eyes are hers alone). */
  readonly confirmOwnProposal?: boolean;
};

/**
 * Approves a proposal and erases (the head only, permission subject.erase). Refused with the
 * reason, and nothing removed, while a request about the person is open, the record is on legal
 * hold or restricted, or when the head approves her own proposal without confirming. Throws
 * 'not-found' for an unknown id, 'validation' (errors.erasureAlreadyDecided) for a decided one.
 */
export const approveErasure = async (
  ctx: VaultContext,
  session: Session,
  id: string,
  options: ApproveOptions = {},
): Promise<void> => {
  const auth = authorize(session, 'subject.erase');
  const proposal = await mustReadProposal(ctx, session, id);
  if (proposal.proposedBy === session.userId && options.confirmOwnProposal !== true)
    throw invalid('errors.erasureConfirmOwn', 'confirmOwnProposal');
  const subjectId = proposal.personIds[0] ?? '';
  await assertErasable(ctx, auth, subjectId);
  const at = ctx.now().toISOString();
  const pending: Erasure = {
    ...proposal,
    ...(await targetsOf(ctx, auth, proposal)),
    state: 'pending',
    decidedAt: at,
    decidedBy: session.userId,
  };
  if (
    !(await replaceErasureRow(
      ctx.db,
      'proposed',
      await sealErasure(keyringOf(session).org, pending),
    ))
  )
    throw invalid('errors.erasureAlreadyDecided', 'erasure');
  // Audited before the removal: a pending record is always finished (at the latest at the next
  // unlock), so the log never misses an erasure cut short by a crash.
  await auditEntry(ctx, session, 'subject.erase', 'subject', subjectId);
  await completeErasure(ctx, keyringOf(session), pending);
};

/** Rejects a proposal with the head's reason (1..500 characters); nothing is erased. */
export const rejectErasure = async (
  ctx: VaultContext,
  session: Session,
  id: string,
  rejection: string,
): Promise<void> => {
  authorize(session, 'subject.erase');
  const why = rejection.trim();
  if (why === '' || why.length > 500) throw invalid('validation.required', 'rejection');
  const proposal = await mustReadProposal(ctx, session, id);
  const rejected: Erasure = {
    ...proposal,
    state: 'rejected',
    decidedAt: ctx.now().toISOString(),
    decidedBy: session.userId,
    rejection: why,
  };
  if (
    !(await replaceErasureRow(
      ctx.db,
      'proposed',
      await sealErasure(keyringOf(session).org, rejected),
    ))
  )
    throw invalid('errors.erasureAlreadyDecided', 'erasure');
  await auditEntry(ctx, session, 'subject.rejectErasure', 'subject', proposal.personIds[0] ?? null);
};
