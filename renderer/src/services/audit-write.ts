// The one way services append to the audit chain for a signed-in session. Action and entity
// kind come from the typed list in shared/audit, so every entry the log can hold has a label.
import type { AuditAction, AuditEntity } from '@shared/audit';
import { appendAudit, type AuditInput } from '../data/audit/audit-log';
import { keyringOf, type Session } from '../data/session/session';
import type { VaultContext } from './vault-context';

/**
 * One entry per id, by the session's user, in one append. Ids only: never pass a name, code or
 * any other personal value as an entity id. Nothing is written for an empty list.
 */
export const auditEntries = async (
  ctx: VaultContext,
  session: Session,
  action: AuditAction,
  entity: AuditEntity,
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

/** One entry about one entity (or none: entityId null). */
export const auditEntry = (
  ctx: VaultContext,
  session: Session,
  action: AuditAction,
  entity: AuditEntity,
  entityId: string | null,
): Promise<void> => auditEntries(ctx, session, action, entity, [entityId]);
