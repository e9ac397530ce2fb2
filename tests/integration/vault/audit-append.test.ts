// Appending to the audit chain (renderer/src/data/audit/audit-log.ts) at its edges: a head
// pointer that is not the key's, an emptied table, a given time, nothing to append, and a second
// writer moving the chain under a prepared append. Written from the file's mutation survivors
// (docs/benchmarks.md, issue 15).
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appendAudit,
  appendAuditWithin,
  readAuditHead,
  type AuditInput,
} from '@renderer/data/audit/audit-log';
import { GENESIS_HASH } from '@renderer/data/audit/chain';
import type { AuditHeadRow, AuditRow } from '@renderer/data/db/rows';
import { createVaultDb } from '@renderer/data/db/vault-db';
import { keyringOf } from '@renderer/data/session/session';
import { withVault } from './helpers';

type Vault = Awaited<ReturnType<typeof withVault>>;

const VIEW: AuditInput = {
  actor: 'user-1',
  action: 'subject.view',
  entity: 'subject',
  entityId: 'subject-1',
};
const NOW = new Date('2025-03-02T09:00:00.000Z');

const entries = async (h: Vault): Promise<AuditRow[]> => h.db.audit.orderBy('seq').toArray();
const headOf = async (h: Vault): Promise<AuditHeadRow> => {
  const head = await readAuditHead(h.db);
  if (!head) throw new Error('no head');
  return head;
};
const keyOf = (h: Vault): CryptoKey => keyringOf(h.head).audit;
/** A head pointer rewritten without the audit key (its MAC no longer matches). */
const forgeHead = async (h: Vault, lastSeq: number, lastHash: string): Promise<void> => {
  const head = await headOf(h);
  await h.db.meta.put({ ...head, lastSeq, lastHash });
};

describe('appending to the audit chain', () => {
  let h: Vault;
  let before: AuditRow[];

  beforeEach(async () => {
    h = await withVault();
    before = await entries(h); // vault.create, user.create, login.success
    expect(before.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('continues from the last stored entry, after a "tamper detected" entry, when the head is forged', async () => {
    const second = before[1];
    if (!second) throw new Error('no entry 2');
    await forgeHead(h, 2, second.hash);
    await appendAudit(h.db, keyOf(h), [VIEW], NOW);
    const after = await entries(h);
    const third = before[2];
    expect(
      after.slice(3).map(({ seq, actor, action, entity, entityId, prevHash }) => ({
        seq,
        actor,
        action,
        entity,
        entityId,
        prevHash,
      })),
    ).toEqual([
      {
        seq: 4,
        actor: 'system',
        action: 'audit.tamperDetected',
        entity: 'audit',
        entityId: null,
        prevHash: third?.hash,
      },
      { seq: 5, ...VIEW, prevHash: after[3]?.hash },
    ]);
    // The new head is the key's again: the next append continues without another warning.
    expect((await headOf(h)).lastSeq).toBe(5);
    await appendAudit(h.db, keyOf(h), [VIEW], NOW);
    expect((await entries(h)).map((e) => e.action).slice(5)).toEqual(['subject.view']);
  });

  it('starts again from the genesis hash with a "tamper detected" entry when every entry is gone', async () => {
    await h.db.audit.clear();
    await forgeHead(h, 0, GENESIS_HASH);
    await appendAudit(h.db, keyOf(h), [VIEW], NOW);
    const after = await entries(h);
    expect(after.map((e) => [e.seq, e.action])).toEqual([
      [1, 'audit.tamperDetected'],
      [2, 'subject.view'],
    ]);
    expect(after[0]?.prevHash).toBe(GENESIS_HASH);
  });

  it('a fresh database (no entry, no head) starts without a warning', async () => {
    const fresh = createVaultDb(`audit-fresh-${crypto.randomUUID()}`);
    await appendAudit(fresh, keyOf(h), [VIEW], NOW);
    const rows = await fresh.audit.toArray();
    expect(rows.map((e) => [e.seq, e.action, e.prevHash])).toEqual([
      [1, 'subject.view', GENESIS_HASH],
    ]);
    fresh.close();
  });

  it('keeps the time an entry happened when it is given, and uses now otherwise', async () => {
    const at = '2025-02-28T23:59:58.000Z';
    await appendAudit(h.db, keyOf(h), [{ ...VIEW, at }, VIEW], NOW);
    expect((await entries(h)).slice(3).map((e) => e.at)).toEqual([at, NOW.toISOString()]);
  });

  it('appending nothing writes nothing and moves no head', async () => {
    const head = await headOf(h);
    await appendAudit(h.db, keyOf(h), [], NOW);
    const ran = await appendAuditWithin(h.db, keyOf(h), [], NOW, async (writeAudit) => {
      await h.db.transaction('rw', h.db.meta, h.db.audit, writeAudit);
      return 'ran';
    });
    expect(ran).toBe('ran');
    expect(await entries(h)).toEqual(before);
    expect(await headOf(h)).toEqual(head);
  });

  it('refuses a prepared append when another writer moved the chain meanwhile, and stores none of it', async () => {
    // A second handle on the same database is another writer: appends are queued per handle.
    const other = createVaultDb(h.db.name);
    const result = appendAuditWithin(h.db, keyOf(h), [VIEW], NOW, async (writeAudit) => {
      await appendAudit(other, keyOf(h), [{ ...VIEW, entityId: 'other' }], NOW);
      await h.db.transaction('rw', h.db.meta, h.db.audit, writeAudit);
    });
    await expect(result).rejects.toMatchObject({
      code: 'storage',
      i18nKey: 'errors.auditConflict',
    });
    other.close();
    const after = await entries(h);
    expect(after.map((e) => e.entityId).slice(3)).toEqual(['other']);
    expect(await h.audit.verifyAudit(h.head)).toMatchObject({ ok: true });
  });
});
