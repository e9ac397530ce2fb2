// A register made before the social-office categories existed (issue 11) holds no 'social',
// 'financial' or 'care' key. The first unlock by the head makes them and grants them to the
// recovery code and to every active user whose role reads them; nobody else gets one.
import { describe, expect, it } from 'vitest';
import { keyringOf } from '@renderer/data/session/session';
import { RECOVERY_PRINCIPAL } from '@renderer/data/db/rows';
import { HEAD, staffSession, withVault, type Harness } from '../vault/helpers';

const NEW = ['social', 'financial', 'care'];

/** What the previous version wrote: no grant and no scope key of the new categories. */
const asMadeByPreviousVersion = async (h: Harness) => {
  const grants = await h.db.grants.toArray();
  const newCategory = (name: string) => NEW.some((c) => name === c || name.endsWith(`/${c}`));
  await h.db.grants.bulkDelete(grants.filter((g) => newCategory(g.keyName)).map((g) => g.id));
  const scopeKeys = h.db.table('scopeKeys');
  const rows = (await scopeKeys.toArray()) as { id: string; category: string }[];
  await scopeKeys.bulkDelete(rows.filter((r) => NEW.includes(r.category)).map((r) => r.id));
};

const grantNames = async (h: Harness, principalId: string) =>
  (await h.db.grants.where('principalId').equals(principalId).toArray())
    .map((g) => g.keyName)
    .sort();

describe('category keys added by a later version', () => {
  it("the head's first unlock makes and grants them; other roles get only theirs", async () => {
    const h = await withVault();
    const accountant = await staffSession(h, h.head, 'accountant', 'gramatvede');
    const nurse = await staffSession(h, h.head, 'nurse', 'medmasa');
    await h.vault.lock(h.head);
    await asMadeByPreviousVersion(h);
    expect(await grantNames(h, RECOVERY_PRINCIPAL)).not.toContain('social');

    // Another role's unlock changes nothing: only the controller extends the register.
    await h.vault.lock(await h.vault.unlock('medmasa', nurse.password));
    expect(await grantNames(h, RECOVERY_PRINCIPAL)).not.toContain('financial');

    const head = await h.vault.unlock(HEAD.username, HEAD.password);
    expect([...keyringOf(head).categoryKeys.keys()]).toEqual(
      expect.arrayContaining(['social', 'financial', 'care']),
    );
    expect(await grantNames(h, RECOVERY_PRINCIPAL)).toEqual(expect.arrayContaining(NEW));
    const accountantGrants = await grantNames(h, accountant.userId);
    expect(accountantGrants).toContain('financial');
    expect(accountantGrants).not.toContain('social');
    expect(accountantGrants).not.toContain('care');
    expect(await grantNames(h, nurse.userId)).not.toEqual(expect.arrayContaining(['social']));
    const audit = await h.db.table('audit').toArray();
    expect(audit.some((e: { action: string }) => e.action === 'vault.keyMigration')).toBe(true);

    // The accountant's next session holds the key; a second head unlock adds nothing more.
    const count = await h.db.grants.count();
    const again = await h.vault.unlock('gramatvede', accountant.password);
    expect(keyringOf(again).categoryKeys.has('financial')).toBe(true);
    await h.vault.unlock(HEAD.username, HEAD.password);
    expect(await h.db.grants.count()).toBe(count);
  });

  it('a new vault has every category key from the start', async () => {
    const h = await withVault();
    expect(await grantNames(h, RECOVERY_PRINCIPAL)).toEqual(expect.arrayContaining(NEW));
    expect([...keyringOf(h.head).categoryKeys.keys()]).toEqual(expect.arrayContaining(NEW));
  });
});
