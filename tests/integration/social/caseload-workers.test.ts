// The workers a client can be assigned to (issue 11): every role that reads clients sees the
// social and care workers' names and roles (org data), a deactivated one marked as such; a role
// without clients (the administrator of accounts) is refused.
import { describe, expect, it } from 'vitest';
import { staffSession } from '../vault/helpers';
import { socialOffice } from './social-harness';

describe('listCaseloadWorkers', () => {
  it('names the social and care workers, active or not, and nobody else', async () => {
    const o = await socialOffice();
    await o.staff.deactivateUser(o.head, o.otherCareWorker.userId);
    for (const session of [o.head, o.careWorker.session, o.accountant.session]) {
      const workers = await o.records.listCaseloadWorkers(session);
      expect(
        workers
          .map((w) => [w.id, w.role, w.active])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      ).toEqual(
        [
          [o.socialWorker.userId, 'socialWorker', true],
          [o.careWorker.userId, 'careWorker', true],
          [o.otherCareWorker.userId, 'careWorker', false],
        ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      expect(workers.every((w) => w.displayName.length > 0)).toBe(true);
    }
  }, 120_000);

  it('is refused to the administrator of accounts, who reads no client', async () => {
    const o = await socialOffice();
    const admin = await staffSession(o, o.head, 'accountsAdmin', 'kontuadm');
    await expect(o.records.listCaseloadWorkers(admin.session)).rejects.toMatchObject({
      code: 'forbidden',
    });
  }, 120_000);
});
