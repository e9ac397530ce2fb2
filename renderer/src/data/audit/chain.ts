// The audit hash chain. hash = SHA-256(canonical(entry fields) + prevHash) links each entry to
// the one before; mac = HMAC(auditKey, hash) means nobody without the vault's audit key can
// rebuild a consistent chain after editing it; the MACed head pointer {lastSeq, lastHash} in
// meta makes cutting off the tail visible.
import { utf8 } from '../crypto/bytes';
import { hmacSha256Hex, sha256Hex } from '../crypto/hmac';
import type { AuditHeadRow, AuditRow } from '../db/rows';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditFields = Pick<AuditRow, 'seq' | 'at' | 'actor' | 'action' | 'entity' | 'entityId'>;

export type AuditVerifyResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly firstBadSeq: number; readonly reason: AuditFailure };

export type AuditFailure = 'missing' | 'prevHash' | 'hash' | 'mac' | 'truncated' | 'head';

// A JSON array has a fixed order and unambiguous escaping: a canonical form without a library.
const canonical = (f: AuditFields): string =>
  JSON.stringify([f.seq, f.at, f.actor, f.action, f.entity, f.entityId]);

export const entryHash = (fields: AuditFields, prevHash: string): Promise<string> =>
  sha256Hex(utf8(canonical(fields) + prevHash));

export const entryMac = (auditKey: CryptoKey, hash: string): Promise<string> =>
  hmacSha256Hex(auditKey, utf8(`entry\u0000${hash}`));

export const headMac = (auditKey: CryptoKey, lastSeq: number, lastHash: string): Promise<string> =>
  hmacSha256Hex(auditKey, utf8(`head\u0000${String(lastSeq)}\u0000${lastHash}`));

// String compare is fine for MACs here: verification runs locally over data the caller already
// has; there is no remote oracle to time.
const checkEntry = async (
  row: AuditRow,
  expectedSeq: number,
  prevHash: string,
  auditKey: CryptoKey,
): Promise<AuditFailure | null> => {
  if (row.seq !== expectedSeq) return 'missing';
  if (row.prevHash !== prevHash) return 'prevHash';
  if ((await entryHash(row, prevHash)) !== row.hash) return 'hash';
  if ((await entryMac(auditKey, row.hash)) !== row.mac) return 'mac';
  return null;
};

const checkHead = async (
  head: AuditHeadRow | undefined,
  count: number,
  lastHash: string,
  auditKey: CryptoKey,
): Promise<AuditVerifyResult> => {
  if (!head)
    return count === 0
      ? { ok: true, count }
      : { ok: false, firstBadSeq: count + 1, reason: 'head' };
  if ((await headMac(auditKey, head.lastSeq, head.lastHash)) !== head.mac) {
    return { ok: false, firstBadSeq: Math.min(head.lastSeq, count) + 1, reason: 'head' };
  }
  if (head.lastSeq > count) return { ok: false, firstBadSeq: count + 1, reason: 'truncated' };
  if (head.lastSeq < count || head.lastHash !== lastHash) {
    return { ok: false, firstBadSeq: head.lastSeq + 1, reason: 'head' };
  }
  return { ok: true, count };
};

/** Rows must be in ascending seq order (as read from the 'seq' primary key). */
export const verifyChain = async (
  rows: readonly AuditRow[],
  head: AuditHeadRow | undefined,
  auditKey: CryptoKey,
): Promise<AuditVerifyResult> => {
  let prevHash = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const expectedSeq = index + 1;
    const failure = await checkEntry(row, expectedSeq, prevHash, auditKey);
    if (failure) return { ok: false, firstBadSeq: expectedSeq, reason: failure };
    prevHash = row.hash;
  }
  return checkHead(head, rows.length, prevHash, auditKey);
};
