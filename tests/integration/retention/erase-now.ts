// The one path that erases, as the tests take it: a proposal, then the head's approval (the head
// alone confirms her own proposal). Returns the erasure record's id.
import type { Session } from '@renderer/data/session/session';
import { approveErasure, proposeErasure } from '@renderer/services/retention/proposals';
import type { VaultContext } from '@renderer/services/vault-context';

/** Proposes erasing the whole person as `head` and approves it at once. */
export const eraseWhole = async (
  ctx: VaultContext,
  head: Session,
  subjectId: string,
  reason = 'Glabāšanas termiņš beidzies',
): Promise<string> => {
  const id = await proposeErasure(ctx, head, subjectId, {
    reason,
    legalBasis: 'VDAR 17. panta 1. punkta a) apakšpunkts',
    scope: { kind: 'whole' },
  });
  await approveErasure(ctx, head, id, { confirmOwnProposal: true });
  return id;
};
