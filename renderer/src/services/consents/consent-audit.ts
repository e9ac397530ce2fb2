// Audit entries for the consent capability: ids only, never a name or a printed value.
import { appendAudit, type AuditInput } from '../../data/audit/audit-log';
import { keyringOf, type Session } from '../../data/session/session';
import type { VaultContext } from '../vault-context';

export const auditMany = async (
  ctx: VaultContext,
  session: Session,
  action: string,
  entity: string,
  entityIds: readonly (string | null)[],
): Promise<void> => {
  const inputs: AuditInput[] = entityIds.map((entityId) => ({
    actor: session.userId,
    action,
    entity,
    entityId,
  }));
  if (inputs.length > 0) await appendAudit(ctx.db, keyringOf(session).audit, inputs, ctx.now());
};

export const auditOne = (
  ctx: VaultContext,
  session: Session,
  action: string,
  entity: string,
  entityId: string | null,
): Promise<void> => auditMany(ctx, session, action, entity, [entityId]);
