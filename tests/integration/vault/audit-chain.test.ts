import { beforeEach, describe, expect, it } from 'vitest';
import { appendAuditWithin, type AuditInput } from '@renderer/data/audit/audit-log';
import { entryHash } from '@renderer/data/audit/chain';
import { keyringOf } from '@renderer/data/session/session';
import type { AuditRow } from '@renderer/data/db/rows';
import { withVault } from './helpers';

type Vault = Awaited<ReturnType<typeof withVault>>;

const rows = async (h: Vault): Promise<AuditRow[]> => h.db.audit.orderBy('seq').toArray();
const row = async (h: Vault, seq: number): Promise<AuditRow> => {
  const r = await h.db.audit.get(seq);
  if (!r) throw new Error(`no entry ${String(seq)}`);
  return r;
};
const flipHexChar = (hex: string, at: number): string =>
  hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);

describe('audit chain', () => {
  let h: Vault;

  beforeEach(async () => {
    h = await withVault();
    // vault.create, user.create, login.success + 6 views = 9 entries.
    for (let i = 0; i < 6; i += 1)
      await h.audit.audit(h.head, 'subject.view', 'subject', `subject-${String(i)}`);
    expect(await h.audit.verifyAudit(h.head)).toEqual({ ok: true, count: 9 });
  });

  it('a check while an entry is being added never reports a whole chain as broken (torture, issue 10)', async () => {
    // The entries and the head pointer must be read as one snapshot: read apart, an entry
    // committed in between looked like a cut-off tail ("bojāts, sākot ar ierakstu Nr. 10").
    const input = { actor: 'system', action: 'subject.view', entity: 'subject', entityId: 'x' };
    const verdict = await appendAuditWithin(
      h.db,
      keyringOf(h.head).audit,
      [input as AuditInput],
      new Date(),
      async (writeAudit) => {
        const checking = h.audit.verifyAudit(h.head);
        await h.db.transaction('rw', h.db.meta, h.db.audit, writeAudit);
        return checking;
      },
    );
    expect(verdict.ok).toBe(true);
    expect(await h.audit.verifyAudit(h.head)).toEqual({ ok: true, count: 10 });
  });

  it('records ids only, in order, and filters by actor, action and time', async () => {
    const all = await h.audit.listAudit(h.head);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(all.slice(0, 3).map((e) => e.action)).toEqual([
      'vault.create',
      'user.create',
      'login.success',
    ]);
    expect(JSON.stringify(all)).not.toContain('vaditaja');
    expect(await h.audit.listAudit(h.head, { action: 'subject.view' })).toHaveLength(6);
    expect(await h.audit.listAudit(h.head, { actorId: 'someone-else' })).toHaveLength(0);
    expect(await h.audit.listAudit(h.head, { from: '2030-01-01T00:00:00.000Z' })).toHaveLength(0);
  });

  it('detects a flipped byte in a stored hash', async () => {
    const r = await row(h, 4);
    await h.db.audit.put({ ...r, hash: flipHexChar(r.hash, 10) });
    expect(await h.audit.verifyAudit(h.head)).toEqual({
      ok: false,
      firstBadSeq: 4,
      reason: 'hash',
    });
  });

  it('detects a changed field', async () => {
    const r = await row(h, 6);
    await h.db.audit.put({ ...r, entityId: 'subject-X' });
    expect(await h.audit.verifyAudit(h.head)).toMatchObject({ ok: false, firstBadSeq: 6 });
  });

  // Every field is in the hash: dropping one (e.g. who or when) from the canonical form would let
  // an entry be rewritten unseen.
  it.each([
    ['seq', { seq: 60 }],
    ['at', { at: '2020-01-01T00:00:00.000Z' }],
    ['actor', { actor: 'someone-else' }],
    ['action', { action: 'subject.update' }],
    ['entity', { entity: 'group' }],
    ['entityId', { entityId: 'subject-X' }],
  ] as const)('detects a changed %s by its hash', async (_field, change) => {
    const r = await row(h, 6);
    const changed = { ...r, ...change } as AuditRow;
    expect(await entryHash(changed, r.prevHash)).not.toBe(r.hash);
    if (!('seq' in change)) {
      await h.db.audit.put(changed);
      expect(await h.audit.verifyAudit(h.head)).toEqual({
        ok: false,
        firstBadSeq: 6,
        reason: 'hash',
      });
    }
  });

  it('detects a deleted entry', async () => {
    await h.db.audit.delete(5);
    expect(await h.audit.verifyAudit(h.head)).toEqual({
      ok: false,
      firstBadSeq: 5,
      reason: 'missing',
    });
  });

  it('detects two entries swapped', async () => {
    const [a, b] = [await row(h, 3), await row(h, 4)];
    await h.db.audit.bulkPut([
      { ...b, seq: 3 },
      { ...a, seq: 4 },
    ]);
    expect(await h.audit.verifyAudit(h.head)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('detects a truncated tail through the head pointer', async () => {
    await h.db.audit.bulkDelete([8, 9]);
    expect(await h.audit.verifyAudit(h.head)).toEqual({
      ok: false,
      firstBadSeq: 8,
      reason: 'truncated',
    });
    // Appending afterwards does not hide it: the chain continues from the MACed head, leaving a gap.
    await h.audit.audit(h.head, 'subject.view', 'subject', 'after');
    expect(await h.audit.verifyAudit(h.head)).toEqual({
      ok: false,
      firstBadSeq: 8,
      reason: 'missing',
    });
  });

  it('detects truncation even when the head pointer is rewritten without the key', async () => {
    await h.db.audit.bulkDelete([8, 9]);
    const seven = await row(h, 7);
    const head = await h.db.meta.get('auditHead');
    if (!head || head.id !== 'auditHead') throw new Error('no head');
    await h.db.meta.put({ ...head, lastSeq: 7, lastHash: seven.hash });
    expect(await h.audit.verifyAudit(h.head)).toMatchObject({
      ok: false,
      firstBadSeq: 8,
      reason: 'head',
    });
  });

  it('detects a chain recomputed without the MAC key', async () => {
    const all = await rows(h);
    let prevHash = all[3]?.hash ?? '';
    const forged: AuditRow[] = [];
    for (const r of all.slice(4)) {
      const changed = r.seq === 5 ? { ...r, action: 'subject.edit' } : r;
      const hash = await entryHash(changed, prevHash);
      forged.push({ ...changed, prevHash, hash });
      prevHash = hash;
    }
    await h.db.audit.bulkPut(forged);
    expect(await h.audit.verifyAudit(h.head)).toEqual({ ok: false, firstBadSeq: 5, reason: 'mac' });
  });

  it('only the head may list or verify', async () => {
    const userId = await h.staff.createUser(h.head, {
      username: 'acc',
      displayName: 'A',
      role: 'accountant',
      groupIds: [],
      initialPassword: 'initial-pass-1',
    });
    const first = await h.vault.unlock('acc', 'initial-pass-1');
    const accountant = await h.vault.changeOwnPassword(first, 'initial-pass-1', 'own-passphrase-2');
    await h.audit.audit(accountant, 'subject.view', 'subject', 's1');
    await expect(h.audit.listAudit(accountant)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(h.audit.verifyAudit(accountant)).rejects.toMatchObject({ code: 'forbidden' });
    const head = await h.vault.unlock('vaditaja', 'head-passphrase-1');
    expect((await h.audit.listAudit(head, { actorId: userId })).map((e) => e.action)).toEqual([
      'login.success',
      'user.passwordChange',
      'subject.view',
    ]);
    expect(await h.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });
});
