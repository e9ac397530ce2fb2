import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors/app-error';
import type { Session } from '@renderer/services';
import { HEAD, harness, snapshotVault, staffSession, withVault } from './helpers';

const failure = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('vault creation and unlock', () => {
  it('creates a vault once, then unlocks with the head password', async () => {
    const h = harness();
    expect(await h.vault.vaultExists()).toBe(false);
    const { recoveryCode } = await h.vault.createVault({
      institution: { kind: 'kindergarten', country: 'LV', details: { name: 'Iestāde' } },
      head: HEAD,
    });
    expect(recoveryCode).toMatch(/^(\w{5}-){4}\w{5}$/);
    expect(await h.vault.vaultExists()).toBe(true);
    expect(await h.vault.vaultInfo()).toEqual({ kind: 'kindergarten', country: 'LV' });
    await expect(
      h.vault.createVault({
        institution: { kind: 'kindergarten', country: 'LV', details: {} },
        head: HEAD,
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.vaultExists' });

    const session = await h.vault.unlock(' VADITAJA ', HEAD.password);
    expect(session).toMatchObject({ role: 'head', mustChangePassword: false, viaRecovery: false });
    expect((await h.vault.getInstitution(session)).details).toEqual({ name: 'Iestāde' });
  });

  it('refuses a weak head password and KDF settings below the floor', async () => {
    const h = harness();
    await expect(
      h.vault.createVault({
        institution: { kind: 'socialOffice', country: 'LT', details: {} },
        head: { ...HEAD, password: 'short' },
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.passwordPolicy' });
    await expect(
      h.vault.createVault({
        institution: { kind: 'socialOffice', country: 'LT', details: {} },
        head: HEAD,
        kdf: { alg: 'pbkdf2-sha256', iterations: 10_000 },
      }),
    ).rejects.toMatchObject({ code: 'crypto' });
    expect(await h.vault.vaultExists()).toBe(false);
  });

  it('stores neither username, display name nor institution name in clear', async () => {
    const h = await withVault();
    const dump = JSON.stringify(await snapshotVault(h.db), (_k, v: unknown) =>
      v instanceof Uint8Array ? Array.from(v) : v,
    );
    for (const secret of [HEAD.username, HEAD.displayName, 'Testa dārziņš', 'Test Controller'])
      expect(dump).not.toContain(secret);
  });
});

describe('wrong passwords', () => {
  it('write nothing to the vault tables, only a counter outside it', async () => {
    const h = await withVault();
    await h.vault.lock(h.head);
    const before = await snapshotVault(h.db);
    const error = await failure(h.vault.unlock(HEAD.username, 'wrong-password-1'));
    expect(error.code).toBe('validation');
    await failure(h.vault.unlock('nobody', 'wrong-password-1'));
    expect(await snapshotVault(h.db)).toEqual(before);
    expect(await h.db.loginAttempts.count()).toBe(2);
  });

  it('impose a growing delay, then fold into the audit chain at the next unlock', async () => {
    const h = await withVault();
    await h.vault.lock(h.head);
    const delays: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const error = await failure(h.vault.unlock(HEAD.username, `bad-password-${String(i)}`));
      delays.push(Number(error.details?.retryAfterMs));
      if (i < 4) h.clock.advance(Number(error.details?.retryAfterMs));
    }
    expect(delays).toEqual([0, 0, 0, 2000, 4000]);
    h.clock.advance(1_000);
    // Even the right password is not tried during the delay, and the refusal is not counted.
    const locked = await failure(h.vault.unlock(HEAD.username, HEAD.password));
    expect(locked).toMatchObject({ code: 'locked' });
    expect(Number(locked.details?.retryAfterMs)).toBeGreaterThan(0);
    h.clock.advance(Number(locked.details?.retryAfterMs));

    const head = await h.vault.unlock(HEAD.username, HEAD.password);
    const entries = await h.audit.listAudit(head, { action: 'login.failure' });
    expect(entries).toHaveLength(5);
    expect(await h.db.loginAttempts.count()).toBe(0);
    expect(await h.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });
});

describe('passwords, recovery and deactivation', () => {
  it('a new user must change the initial password before doing anything', async () => {
    const h = await withVault();
    await h.staff.createUser(h.head, {
      username: 'anna',
      displayName: 'A',
      role: 'secretary',
      groupIds: [],
      initialPassword: 'initial-pass-1',
    });
    const first = await h.vault.unlock('anna', 'initial-pass-1');
    expect(first.mustChangePassword).toBe(true);
    await expect(h.audit.listAudit(first)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      h.vault.changeOwnPassword(first, 'not-the-old-1', 'new-passphrase-9'),
    ).rejects.toMatchObject({ code: 'validation' });
    const next = await h.vault.changeOwnPassword(first, 'initial-pass-1', 'new-passphrase-9');
    expect(next.mustChangePassword).toBe(false);
    expect(h.vault.currentSession()).toBe(next);
    await expect(h.vault.unlock('anna', 'initial-pass-1')).rejects.toMatchObject({
      code: 'validation',
    });
    expect((await h.vault.unlock('anna', 'new-passphrase-9')).mustChangePassword).toBe(false);
  });

  it("a deactivated user's password no longer opens anything; the row stays", async () => {
    const h = await withVault();
    const { userId } = await staffSession(h, h.head, 'teacher', 'liga');
    await h.staff.deactivateUser(h.head, userId);
    await expect(h.vault.unlock('liga', 'own-passphrase-2')).rejects.toMatchObject({
      code: 'validation',
    });
    expect(await h.db.slots.where('principalId').equals(userId).count()).toBe(0);
    expect(await h.db.grants.where('principalId').equals(userId).count()).toBe(0);
    const row = (await h.staff.listUsers(h.head)).find((u) => u.id === userId);
    expect(row).toMatchObject({ status: 'deactivated', username: 'liga' });
  });

  it('the recovery code opens the vault and lets the head set a new password', async () => {
    const h = await withVault();
    await h.vault.lock(h.head);
    await expect(h.vault.unlockWithRecovery('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toMatchObject(
      { code: 'validation' },
    );
    const recovery = await h.vault.unlockWithRecovery(
      h.recoveryCode.toLowerCase().replace(/-/g, ' '),
    );
    expect(recovery).toMatchObject({ role: 'head', viaRecovery: true, mustChangePassword: true });
    await expect(h.staff.listUsers(recovery)).rejects.toMatchObject({ code: 'forbidden' });
    const head = await h.vault.setPasswordAfterRecovery(recovery, 'brand-new-passphrase');
    expect(head).toMatchObject({ role: 'head', viaRecovery: false, mustChangePassword: false });
    await expect(h.vault.unlock(HEAD.username, HEAD.password)).rejects.toMatchObject({
      code: 'validation',
    });
    expect((await h.vault.getInstitution(head)).details).toMatchObject({
      name: 'PII Testa dārziņš',
    });
    expect(await h.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });

  it('the head can reset a password without knowing the old one', async () => {
    const h = await withVault();
    const { userId } = await staffSession(h, h.head, 'nurse', 'ilze');
    await h.staff.resetPassword(h.head, userId, 'reset-passphrase-3');
    await expect(h.vault.unlock('ilze', 'own-passphrase-2')).rejects.toMatchObject({
      code: 'validation',
    });
    const s = await h.vault.unlock('ilze', 'reset-passphrase-3');
    expect(s.mustChangePassword).toBe(true);
  });
});

describe('lock and the session store', () => {
  it('publishes unlock and lock; a locked session is refused everywhere', async () => {
    const h = await withVault();
    const seen: (Session | null)[] = [];
    const unsubscribe = h.vault.subscribe((s) => {
      seen.push(s);
    });
    await h.vault.lock(h.head);
    expect(h.vault.currentSession()).toBeNull();
    await expect(h.audit.listAudit(h.head)).rejects.toMatchObject({ code: 'locked' });
    await expect(h.audit.audit(h.head, 'subject.view', 'subject', 'x')).rejects.toMatchObject({
      code: 'locked',
    });
    const again = await h.vault.unlock(HEAD.username, HEAD.password);
    unsubscribe();
    expect(seen).toEqual([null, again]);
  });

  it('every role reads its own name for the toolbar, and only its own; a locked session none', async () => {
    const h = await withVault();
    expect(await h.staff.ownDisplayName(h.head)).toBe(HEAD.displayName);
    const teacher = await staffSession(h, h.head, 'teacher', 'skolotaja');
    expect(await h.staff.ownDisplayName(teacher.session)).toBe('Staff teacher');
    await h.vault.lock(teacher.session);
    await expect(h.staff.ownDisplayName(teacher.session)).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('idle-lock minutes default to 10 and only the head may change them', async () => {
    const h = await withVault();
    expect(await h.settings.getIdleLockMinutes()).toBe(10);
    await h.settings.setIdleLockMinutes(h.head, 5);
    expect(await h.settings.getIdleLockMinutes()).toBe(5);
    await expect(h.settings.setIdleLockMinutes(h.head, 0)).rejects.toMatchObject({
      code: 'validation',
    });
    const { session } = await staffSession(h, h.head, 'secretary', 'sekr');
    await expect(h.settings.setIdleLockMinutes(session, 30)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
