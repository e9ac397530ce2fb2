// Erasure of a child or client (issue 9, GDPR Art. 17; seeds 004 p.4, 000 pp.8-9): crypto-shredding
// in an order that leaves the person either fully readable or fully gone at every instant
// (docs/security-model.md, "Erasure and crash consistency"):
// 1. the erasure record is written, pending; 2. the people's keys leave the keybook (atomic file
// replacements); 3. their rows are deleted and the record marked done, in one transaction;
// 4. audit, ids only. A pending record is finished at the next unlock, and every record is applied
// again after a restore (reapplyErasures), so an older backup cannot bring the person back.
import { AppError } from '@shared/errors/app-error';
import { isOpenRequestStatus } from '@shared/requests';
import { keyringOf, type Session } from '../../data/session/session';
import { addErasureRow, sealErasure, type Erasure } from '../../data/retention/erasures-repo';
import { countPersonRows, representativesOnlyOf } from '../../data/retention/person-rows';
import { readRequestSummaries } from '../../data/requests';
import { readSubjectRow } from '../../data/records/records-repo';
import { auditEntry } from '../audit-write';
import { authorize, type Authorized } from '../authorize';
import { mustOpenSubject } from '../records/subjects-read';
import type { VaultContext } from '../vault-context';
import { completeErasure } from './reapply';

export { reapplyErasures } from './reapply';

export type ErasureInput = {
  /** Why the person is erased (legal basis, decision); required, at most 500 characters. */
  readonly reason: string;
};

/**
 * Refuses while a request about the person is open, a legal hold is set, or processing is
 * restricted (GDPR Art. 18: the data is kept, e.g. for legal claims, until the restriction is
 * lifted). Throws AppError('validation') naming the reason (issue 9).
 */
export const assertErasable = async (
  ctx: VaultContext,
  auth: Authorized<'subject.erase'>,
  subjectId: string,
): Promise<void> => {
  const subject = await mustOpenSubject(auth, await readSubjectRow(ctx.db, auth, subjectId));
  if (subject.legalHold)
    throw new AppError('validation', 'errors.erasureLegalHold', { field: 'subject' });
  if (subject.restriction)
    throw new AppError('validation', 'errors.erasureRestricted', { field: 'subject' });
  const open = (await readRequestSummaries(ctx.db, auth)).some(
    (r) => r.subjectId === subjectId && isOpenRequestStatus(r.status),
  );
  if (open) throw new AppError('validation', 'errors.erasureOpenRequest', { field: 'subject' });
};

/**
 * Erases a child or client with every row about them, and their representatives who are linked
 * to no other child; their requests keep only the plaintext register facts. The head only.
 * Throws AppError('validation') for an empty reason, an open request or a legal hold; nothing is
 * removed then. Returns the erasure record's id.
 */
export const erasePerson = async (
  ctx: VaultContext,
  session: Session,
  subjectId: string,
  input: ErasureInput,
): Promise<string> => {
  const auth = authorize(session, 'subject.erase');
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 500)
    throw new AppError('validation', 'validation.required', { field: 'reason' });
  await assertErasable(ctx, auth, subjectId);
  const personIds = [subjectId, ...(await representativesOnlyOf(ctx.db, subjectId))];
  const at = ctx.now().toISOString();
  const erasure: Erasure = {
    id: crypto.randomUUID(),
    kind: 'person',
    state: 'pending',
    proposedAt: at,
    proposedBy: session.userId,
    decidedAt: at,
    decidedBy: session.userId,
    doneAt: null,
    personIds,
    reason,
    counts: await countPersonRows(ctx.db, personIds),
    scope: { kind: 'whole' },
  };
  const keyring = keyringOf(session);
  await addErasureRow(ctx.db, await sealErasure(keyring.org, erasure));
  // Audited before the removal: a pending record is always finished (next unlock at the latest).
  await auditEntry(ctx, session, 'subject.erase', 'subject', subjectId);
  await completeErasure(ctx, keyring, erasure);
  return erasure.id;
};
