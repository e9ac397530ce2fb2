// The administrator of accounts (issue 11, seed 003 13.1): removes a leaver's access on her last
// working day by deactivating the account; the row and the audit history stay. She manages
// nothing else and never deactivates a head.
import { describe, expect, it } from 'vitest';
import { staffSession, withVault } from '../vault/helpers';

describe('administrator of accounts', () => {
  it('lists staff and deactivates a worker; the row and its history stay', async () => {
    const h = await withVault();
    const admin = await staffSession(h, h.head, 'accountsAdmin', 'kontu-admins');
    const worker = await staffSession(h, h.head, 'careWorker', 'aprupetaja');
    const listed = await h.staff.listUsers(admin.session);
    expect(listed.map((m) => m.role).sort()).toEqual(['accountsAdmin', 'careWorker', 'head']);

    await h.staff.deactivateUser(admin.session, worker.userId);
    const row = await h.db.users.get(worker.userId);
    expect(row?.status).toBe('deactivated');
    expect(await h.db.grants.where('principalId').equals(worker.userId).count()).toBe(0);
    await expect(h.vault.unlock('aprupetaja', worker.password)).rejects.toMatchObject({
      code: 'validation',
    });
    const audit = (await h.db.table('audit').toArray()) as { action: string; entityId: string }[];
    expect(audit.filter((e) => e.entityId === worker.userId).map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.deactivate']),
    );
  });

  it('never deactivates a head, creates no account and changes no role', async () => {
    const h = await withVault();
    const admin = await staffSession(h, h.head, 'accountsAdmin', 'kontu-admins');
    const worker = await staffSession(h, h.head, 'socialWorker', 'socdarbinieks');
    await expect(h.staff.deactivateUser(admin.session, h.head.userId)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      h.staff.changeRole(admin.session, worker.userId, 'accountant', []),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      h.staff.createUser(admin.session, {
        username: 'jauns',
        displayName: 'Jauns',
        role: 'head',
        groupIds: [],
        initialPassword: 'initial-pass-1',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect((await h.db.users.get(h.head.userId))?.status).toBe('active');
  });
});
