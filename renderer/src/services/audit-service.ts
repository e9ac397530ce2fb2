// The audit log as features use it: every feature calls audit(); the head lists and verifies.
import type { AuditAction, AuditEntity } from '@shared/audit';
import { verifyChain, type AuditVerifyResult } from '../data/audit/chain';
import { readAuditHead } from '../data/audit/audit-log';
import type { AuditRow } from '../data/db/rows';
import type { Session } from '../data/session/session';
import { auditEntry } from './audit-write';
import {
  listAuditPage,
  subjectTrail,
  type AuditPage,
  type AuditQuery,
  type SubjectTrail,
} from './audit/audit-page';

export type { AuditListItem, AuditPage, AuditQuery, SubjectTrail } from './audit/audit-page';
export type { AuditNamed } from './audit/audit-naming';
import { authorize, keyringFor } from './authorize';
import type { VaultContext } from './vault-context';

export type AuditEntry = AuditRow;

export type AuditFilter = {
  readonly actorId?: string;
  readonly action?: string;
  /** ISO timestamps, inclusive. */
  readonly from?: string;
  readonly to?: string;
};

const matches =
  (filter: AuditFilter) =>
  (row: AuditRow): boolean =>
    (filter.actorId === undefined || row.actor === filter.actorId) &&
    (filter.action === undefined || row.action === filter.action) &&
    (filter.from === undefined || row.at >= filter.from) &&
    (filter.to === undefined || row.at <= filter.to);

const listAudit = async (
  ctx: VaultContext,
  session: Session,
  filter: AuditFilter = {},
): Promise<AuditEntry[]> => {
  authorize(session, 'audit.view');
  return (await ctx.db.audit.orderBy('seq').toArray()).filter(matches(filter));
};

const verifyAudit = async (ctx: VaultContext, session: Session): Promise<AuditVerifyResult> => {
  const keyring = keyringFor(authorize(session, 'audit.view'));
  // One snapshot of entries and head: read apart, an entry committed in between (the page's own
  // 'audit.view', a sign-in) looked like a cut-off tail. Found by the torture (issue 10).
  const [rows, head] = await ctx.db.transaction('r', ctx.db.audit, ctx.db.meta, async () => [
    await ctx.db.audit.orderBy('seq').toArray(),
    await readAuditHead(ctx.db),
  ]);
  return verifyChain(rows, head, keyring.audit);
};

export const createAuditService = (ctx: VaultContext) => ({
  /** Ids only: never pass a name, code or any other personal value as entity or entityId. */
  audit: (
    session: Session,
    action: AuditAction,
    entity: AuditEntity,
    entityId: string | null,
  ): Promise<void> => auditEntry(ctx, session, action, entity, entityId),
  listAudit: (session: Session, filter?: AuditFilter): Promise<AuditEntry[]> =>
    listAudit(ctx, session, filter),
  verifyAudit: (session: Session): Promise<AuditVerifyResult> => verifyAudit(ctx, session),
  /** The log for a head: grouped lines with names, a page at a time. */
  listAuditPage: (session: Session, query: AuditQuery): Promise<AuditPage> =>
    listAuditPage(ctx, session, query),
  /** Who saw and changed one child's data. */
  subjectTrail: (session: Session, subjectId: string, query: AuditQuery): Promise<SubjectTrail> =>
    subjectTrail(ctx, session, subjectId, query),
});

export type AuditService = ReturnType<typeof createAuditService>;
