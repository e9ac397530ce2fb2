// Read, change, write back, audit: the one path every change to a stored request takes. The
// change is computed (and validated) before anything is written; the write is one transaction
// that refuses when the request changed meanwhile, so a failed save leaves it as it was.
import type { AuditAction } from '@shared/audit';
import type { DataSubjectRequest, RequestEvent, RequestStatus } from '@shared/requests';
import { readRequest, replaceRequest } from '../../data/requests';
import type { Session } from '../../data/session/session';
import type { Authorized } from '../authorize';
import { auditEntry, requestKeyChange } from './requests-context';
import type { RequestsDeps } from './requests-deps';
import { noticesDueOf } from './schedule';

export type Change = (
  request: DataSubjectRequest,
) => Partial<DataSubjectRequest> | Promise<Partial<DataSubjectRequest>>;

/**
 * Applies `change` to the stored request and records `event` in its history (with the new status
 * when the change sets one). Returns the request as stored.
 */
export const mutateRequest = async (
  deps: RequestsDeps,
  session: Session,
  auth: Authorized<'request.manage'> | Authorized<'request.decide'>,
  id: string,
  event: RequestEvent,
  action: AuditAction,
  change: Change,
  ref?: string,
): Promise<DataSubjectRequest> => {
  const stored = await readRequest(deps.ctx.db, auth, id);
  const patch = await change(stored);
  const at = deps.ctx.now().toISOString();
  const status: RequestStatus | undefined = patch.status;
  const next: DataSubjectRequest = {
    ...stored,
    ...patch,
    history: [
      ...stored.history,
      {
        at,
        by: session.userId,
        event,
        ...(status !== undefined ? { status } : {}),
        ...(ref !== undefined ? { ref } : {}),
      },
    ],
    updatedAt: at,
  };
  await replaceRequest(
    deps.ctx.db,
    auth,
    requestKeyChange(deps.ctx, auth),
    next,
    stored.updatedAt,
    await noticesDueOf(deps, next),
  );
  await auditEntry(deps.ctx, session, action, 'request', id);
  return next;
};
