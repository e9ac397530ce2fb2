// The audit hash chain (renderer/src/data/audit/chain.ts) verified without a database: each kind
// of tampering gives its own reason and the first bad sequence number. The integration tests
// (tests/integration/vault/audit-chain.test.ts) do the same through the vault; these are fast
// enough for mutation testing (docs/benchmarks.md, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, importHmacKey, sha256Hex } from '@renderer/data/crypto/hmac';
import { utf8 } from '@renderer/data/crypto/bytes';
import {
  entryHash,
  entryMac,
  GENESIS_HASH,
  headMac,
  verifyChain,
  type AuditFields,
} from '@renderer/data/audit/chain';
import type { AuditHeadRow, AuditRow } from '@renderer/data/db/rows';

const key = await importHmacKey(new Uint8Array(32).fill(7));
const otherKey = await importHmacKey(new Uint8Array(32).fill(8));

const fieldsOf = (seq: number): AuditFields => ({
  seq,
  at: `2026-03-0${String(seq)}T10:00:00.000Z`,
  actor: `user-${String(seq % 2)}`,
  action: 'subject.view',
  entity: 'subject',
  entityId: seq === 2 ? null : `subject-${String(seq)}`,
});

const buildChain = async (count: number, macKey = key): Promise<AuditRow[]> => {
  const rows: AuditRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const fields = fieldsOf(seq);
    const hash = await entryHash(fields, prevHash);
    rows.push({ ...fields, prevHash, hash, mac: await entryMac(macKey, hash) });
    prevHash = hash;
  }
  return rows;
};

const headFor = async (rows: readonly AuditRow[], macKey = key): Promise<AuditHeadRow> => {
  const last = rows.at(-1);
  const lastSeq = last?.seq ?? 0;
  const lastHash = last?.hash ?? GENESIS_HASH;
  return { id: 'auditHead', lastSeq, lastHash, mac: await headMac(macKey, lastSeq, lastHash) };
};

describe('entryHash, entryMac, headMac: what each one covers', () => {
  it('hashes the JSON array [seq, at, actor, action, entity, entityId] followed by prevHash', async () => {
    const fields = fieldsOf(1);
    const expected = await sha256Hex(
      utf8(
        JSON.stringify([1, fields.at, fields.actor, 'subject.view', 'subject', 'subject-1']) +
          GENESIS_HASH,
      ),
    );
    expect(await entryHash(fields, GENESIS_HASH)).toBe(expected);
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });
  it('MACs an entry as "entry\\0hash" and the head as "head\\0seq\\0hash", never the same', async () => {
    const hash = 'ab'.repeat(32);
    expect(await entryMac(key, hash)).toBe(await hmacSha256Hex(key, utf8(`entry\u0000${hash}`)));
    expect(await headMac(key, 3, hash)).toBe(
      await hmacSha256Hex(key, utf8(`head\u00003\u0000${hash}`)),
    );
  });
});

describe('verifyChain', () => {
  it('accepts an empty chain without a head, and an intact chain with its head', async () => {
    expect(await verifyChain([], undefined, key)).toEqual({ ok: true, count: 0 });
    const rows = await buildChain(4);
    expect(await verifyChain(rows, await headFor(rows), key)).toEqual({ ok: true, count: 4 });
  });
  it('reports a chain without a head pointer as "head" after its last entry', async () => {
    const rows = await buildChain(3);
    expect(await verifyChain(rows, undefined, key)).toEqual({
      ok: false,
      firstBadSeq: 4,
      reason: 'head',
    });
  });
  it('reports a missing entry as "missing" at its sequence number', async () => {
    const rows = await buildChain(4);
    const gap = [rows[0], rows[1], rows[3]].filter((r) => r !== undefined);
    expect(await verifyChain(gap, await headFor(rows), key)).toEqual({
      ok: false,
      firstBadSeq: 3,
      reason: 'missing',
    });
  });
  it('reports a broken link as "prevHash", a changed field as "hash", a foreign MAC as "mac"', async () => {
    const rows = await buildChain(4);
    const head = await headFor(rows);
    const relinked = rows.map((r) => (r.seq === 2 ? { ...r, prevHash: 'f'.repeat(64) } : r));
    expect(await verifyChain(relinked, head, key)).toEqual({
      ok: false,
      firstBadSeq: 2,
      reason: 'prevHash',
    });
    for (const change of [{ actor: 'someone-else' }, { at: '2026-03-03T10:00:01.000Z' }]) {
      const edited = rows.map((r) => (r.seq === 3 ? { ...r, ...change } : r));
      expect(await verifyChain(edited, head, key)).toEqual({
        ok: false,
        firstBadSeq: 3,
        reason: 'hash',
      });
    }
    const forged = await buildChain(4, otherKey);
    expect(await verifyChain(forged, await headFor(forged, otherKey), key)).toEqual({
      ok: false,
      firstBadSeq: 1,
      reason: 'mac',
    });
  });
  it('reports a cut tail as "truncated" right after the last entry left', async () => {
    const rows = await buildChain(5);
    const head = await headFor(rows);
    expect(await verifyChain(rows.slice(0, 3), head, key)).toEqual({
      ok: false,
      firstBadSeq: 4,
      reason: 'truncated',
    });
  });
  it('reports a head MAC made without the key as "head", at the earlier of head and rows', async () => {
    const rows = await buildChain(5);
    const forgedHead = await headFor(rows.slice(0, 2), otherKey);
    expect(await verifyChain(rows, forgedHead, key)).toEqual({
      ok: false,
      firstBadSeq: 3,
      reason: 'head',
    });
    const longForged = { ...(await headFor(rows, otherKey)), lastSeq: 9 };
    expect(await verifyChain(rows, longForged, key)).toEqual({
      ok: false,
      firstBadSeq: 6,
      reason: 'head',
    });
  });
  it('reports entries beyond a valid head, or a head naming another hash, as "head"', async () => {
    const rows = await buildChain(5);
    expect(await verifyChain(rows, await headFor(rows.slice(0, 3)), key)).toEqual({
      ok: false,
      firstBadSeq: 4,
      reason: 'head',
    });
    const last = rows.at(-1);
    if (last === undefined) throw new Error('no rows');
    const shortSeq: AuditHeadRow = {
      id: 'auditHead',
      lastSeq: 3,
      lastHash: last.hash,
      mac: await headMac(key, 3, last.hash),
    };
    expect(await verifyChain(rows, shortSeq, key)).toEqual({
      ok: false,
      firstBadSeq: 4,
      reason: 'head',
    });
    const otherHash = 'e'.repeat(64);
    const wrongHash: AuditHeadRow = {
      id: 'auditHead',
      lastSeq: 5,
      lastHash: otherHash,
      mac: await headMac(key, 5, otherHash),
    };
    expect(await verifyChain(rows, wrongHash, key)).toEqual({
      ok: false,
      firstBadSeq: 6,
      reason: 'head',
    });
  });
});
