// The social and care workers a client can be assigned to or made responsible for a service
// (issue 11). Staff names are 'org' data every role holds (docs/roles.md), so anyone who reads
// clients may read who works with them; role and status are plaintext on the user row.
import type { Role } from '@shared/access/roles';
import type { Session } from '../../data/session/session';
import { authorize, keyringFor } from '../authorize';
import { openUserCore } from '../user-rows';
import type { RecordsDeps } from './records-context';

/** The roles whose caseloads hold clients (docs/roles.md, "caseload"). */
export const CASELOAD_ROLES: readonly Role[] = ['socialWorker', 'careWorker'];

export type CaseloadWorker = {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'socialWorker' | 'careWorker';
  /** A deactivated worker keeps her name on past services but takes no new client. */
  readonly active: boolean;
};

const isCaseloadRole = (role: Role): role is CaseloadWorker['role'] =>
  CASELOAD_ROLES.includes(role);

/**
 * Every social and care worker (active or not), sorted by name in the UI language's order by the
 * caller. Needs 'subject.view'; reads no client. Throws AppError('forbidden') otherwise.
 */
export const listCaseloadWorkers = async (
  deps: RecordsDeps,
  session: Session,
): Promise<CaseloadWorker[]> => {
  const keyring = keyringFor(authorize(session, 'subject.view'));
  const out: CaseloadWorker[] = [];
  for (const row of await deps.ctx.db.users.toArray()) {
    if (!isCaseloadRole(row.role)) continue;
    const core = await openUserCore(keyring, row);
    out.push({
      id: row.id,
      displayName: core.displayName,
      role: row.role,
      active: row.status === 'active',
    });
  }
  return out;
};
