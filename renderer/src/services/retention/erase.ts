// Erasure of a child or client (issue 9, GDPR Art. 17; seeds 004 p.4, 000 pp.8-9): crypto-shredding
// in an order that leaves the person either fully readable or fully gone at every instant
// (docs/security-model.md, "Erasure and crash consistency"):
// 1. the erasure record is written, pending; 2. the people's keys leave the keybook (atomic file
// replacements); 3. their rows are deleted and the record marked done, in one transaction;
// 4. audit, ids only. A pending record is finished at the next unlock, and every record is applied
// again after a restore (reapplyErasures), so an older backup cannot bring the person back.
// The only way in is the four-eyes approval (proposals.ts approveErasure); this file holds what
// refuses an erasure and re-exports the finishing steps.
import { AppError } from '@shared/errors/app-error';
import { isOpenRequestStatus } from '@shared/requests';
import { readRequestSummaries } from '../../data/requests';
import { readSubjectRow } from '../../data/records/records-repo';
import type { Authorized } from '../authorize';
import { mustOpenSubject } from '../records/subjects-read';
import type { VaultContext } from '../vault-context';

export { reapplyErasures } from './reapply';

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
