// Automatic backups' state in the services (issue 10 item 2): the policy (defaults, the head's
// change, ranges), the day's automatic backup due until one is verified, the sign-in warning
// after the configured days, "changed since the last backup" from the audit log, and the
// generations to prune.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_POLICY } from '@renderer/services/backup/backup-schedule';
import { HEAD, staffSession, withVault } from '../vault/helpers';

type Vault = Awaited<ReturnType<typeof withVault>>;
let v: Vault;
const DAY = 86_400_000;

beforeAll(async () => {
  v = await withVault();
}, 60_000);

describe('backup schedule', () => {
  it('starts with the default policy; only the head changes it, within the ranges', async () => {
    const schedule = v.backupSchedule;
    expect(await schedule.policy()).toEqual(DEFAULT_BACKUP_POLICY);
    const secretary = (await staffSession(v, v.head, 'secretary', 'sekretare')).session;
    const mine = { daily: 10, weekly: 6, monthly: 24, warnAfterDays: 3 };
    await expect(schedule.setPolicy(secretary, mine)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(schedule.setPolicy(v.head, { ...mine, weekly: 0 })).rejects.toMatchObject({
      i18nKey: 'errors.backup.policyRange',
      details: { field: 'weekly', min: 1, max: 104 },
    });
    await expect(schedule.setPolicy(v.head, { ...mine, warnAfterDays: 1.5 })).rejects.toMatchObject(
      { details: { field: 'warnAfterDays' } },
    );
    await schedule.setPolicy(v.head, mine);
    expect(await schedule.policy()).toEqual(mine);
    const actions = (await v.db.audit.toArray()).map((a) => a.action);
    expect(actions.at(-1)).toBe('settings.change');
  });

  it('is due daily until an automatic backup is verified; warns after the configured days', async () => {
    const schedule = v.backupSchedule;
    await schedule.setPolicy(v.head, { ...DEFAULT_BACKUP_POLICY, warnAfterDays: 7 });
    // A register made today is not warned about.
    expect(await schedule.status()).toMatchObject({ lastVerifiedAt: null, warn: false });
    expect(await schedule.automaticDue()).toBe(true);
    await schedule.recordFailure({
      at: new Date(v.clock.now).toISOString(),
      i18nKey: 'errors.backup.writeFailed',
      reason: 'diskFull',
    });
    expect((await schedule.status()).lastFailure).toEqual({
      at: new Date(v.clock.now).toISOString(),
      i18nKey: 'errors.backup.writeFailed',
      reason: 'diskFull',
    });
    // After a failure it stays due (tried again at the next unlock).
    expect(await schedule.automaticDue()).toBe(true);
    await schedule.recordVerified(new Date(v.clock.now), true);
    expect(await schedule.automaticDue()).toBe(false);
    expect(await schedule.status()).toMatchObject({ warn: false, lastFailure: null });
    v.clock.advance(DAY);
    expect(await schedule.automaticDue()).toBe(true);
    v.clock.advance(7 * DAY);
    expect((await schedule.status()).warn).toBe(true);
    // A manual backup ends the warning but is not the day's automatic one.
    await schedule.recordVerified(new Date(v.clock.now), false);
    expect((await schedule.status()).warn).toBe(false);
    expect(await schedule.automaticDue()).toBe(true);
  });

  it('knows whether anything but reads happened after the last verified backup', async () => {
    const schedule = v.backupSchedule;
    await schedule.recordVerified(new Date(v.clock.now), false);
    expect(await schedule.changedSinceBackup()).toBe(false);
    // Signing in and reading change nothing a backup holds.
    await v.vault.unlock(HEAD.username, HEAD.password);
    await v.audit.listAudit(v.head);
    expect(await schedule.changedSinceBackup()).toBe(false);
    await v.settings.setIdleLockMinutes(v.head, 15);
    expect(await schedule.changedSinceBackup()).toBe(true);
  });

  it('names the files past the kept generations', async () => {
    await v.backupSchedule.setPolicy(v.head, {
      daily: 2,
      weekly: 1,
      monthly: 1,
      warnAfterDays: 7,
    });
    const names = [
      'registrs-2026-11-30-0900.prbk',
      'registrs-2026-11-29-0900.prbk',
      'registrs-2026-11-28-0900.prbk',
      'registrs-2026-11-28-0900.prbk.3f.part',
    ];
    expect(await v.backupSchedule.toPrune(names)).toEqual(['registrs-2026-11-28-0900.prbk']);
  });
});
