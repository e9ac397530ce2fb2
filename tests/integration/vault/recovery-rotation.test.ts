import { describe, expect, it } from 'vitest';
import { withVault, staffSession } from './helpers';

describe('recovery code rotation', () => {
  it('makes the new code open the vault and the old one fail', async () => {
    const h = await withVault();
    const next = h.vault.newRecoveryCode();
    await h.vault.rotateRecoveryCode(h.head, next);
    await h.vault.lock(h.head);
    await expect(h.vault.unlockWithRecovery(h.recoveryCode)).rejects.toMatchObject({
      code: 'validation',
    });
    const recovered = await h.vault.unlockWithRecovery(next.toLowerCase());
    expect(recovered.viaRecovery).toBe(true);
    expect(recovered.role).toBe('head');
  });

  it('is refused to anyone but the head', async () => {
    const h = await withVault();
    const { session: secretary } = await staffSession(h, h.head, 'secretary', 'lietvede');
    await expect(
      h.vault.rotateRecoveryCode(secretary, h.vault.newRecoveryCode()),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('is recorded in the audit chain, which stays intact', async () => {
    const h = await withVault();
    await h.vault.rotateRecoveryCode(h.head, h.vault.newRecoveryCode());
    const entries = await h.audit.listAudit(h.head, { action: 'vault.recoveryRotate' });
    expect(entries).toHaveLength(1);
    expect(await h.audit.verifyAudit(h.head)).toMatchObject({ ok: true });
  });
});
