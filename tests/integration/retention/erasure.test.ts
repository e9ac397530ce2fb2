// Erasure of a child (issue 9, part 4 through its one path, proposal and approval; part 6 tombstones): every row
// and key of the child and of a parent linked to no other child is gone, a parent shared with a
// sibling stays, the child's requests keep only their register facts, the audit names ids only;
// an erasure cut short after its record is finished at the next unlock; a restore of the rows and
// keybook from before is erased again by reapplyErasures.
import { beforeEach, describe, expect, it } from 'vitest';
import { keyringOf } from '@renderer/data/session/session';
import { createServices } from '@renderer/services';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import type { VaultDb } from '@renderer/data/db/vault-db';
import { reapplyErasures } from '@renderer/services/retention/erase';
import { approveErasure, proposeErasure } from '@renderer/services/retention/proposals';
import { eraseWhole } from './erase-now';
import { accessInput, requestsVault, type RequestsVault } from '../requests/requests-harness';
import { HEAD } from '../vault/helpers';

let v: RequestsVault;
let siblingId: string;
beforeEach(async () => {
  v = await requestsVault();
  // A sibling shares the mother; the father is linked to the first child only.
  siblingId = await v.records.saveSubject(v.head, {
    draft: { kind: 'child', givenNames: 'Pēteris', familyName: 'Ūzuliņš', groupId: v.group.id },
    status: 'active',
    representatives: [
      {
        representativeId: v.motherId,
        draft: { givenNames: 'Līga', familyName: 'Ūzuliņa' },
        relation: 'mother',
      },
    ],
  });
}, 120_000);

/** Every row of every table (the base tables, records, consents, requests, keys, erasures). */
const allRows = async (db: VaultDb): Promise<Record<string, unknown[]>> => {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
};

const rowsNaming = async (id: string): Promise<string[]> => {
  const snapshot = await allRows(v.db);
  return Object.entries(snapshot).flatMap(([table, rows]) =>
    rows.filter((r) => JSON.stringify(r).includes(id)).map(() => table),
  );
};

describe('erasing a child', () => {
  it('removes the child, their keys and the parent only they had; the sibling and shared parent stay', async () => {
    const request = await v.requests.register(v.secretary, accessInput(v));
    await v.requests.withdraw(v.head, request.id, '2025-03-01');
    await eraseWhole(v.context, v.head, v.childId);

    await expect(v.records.getSubject(v.head, v.childId)).rejects.toMatchObject({
      code: 'not-found',
    });
    const keybook = v.context.keybook;
    expect(keybook.entriesOfOwner(v.childId)).toEqual([]);
    expect(keybook.entriesOfOwner(v.fatherId)).toEqual([]);
    expect(keybook.entriesOfOwner(v.motherId).length).toBeGreaterThan(0);
    const sibling = await v.records.getSubject(v.head, siblingId);
    expect(sibling.representatives.map((r) => r.id)).toEqual([v.motherId]);
    // Only the request register (plaintext facts) and the audit/erasure ids still name the child.
    expect([...new Set(await rowsNaming(v.childId))].sort()).toEqual(['audit', 'dsRequests']);
    expect([...new Set(await rowsNaming(v.fatherId))]).toEqual(['audit']);
    expect(await rowsNaming(v.motherId)).toEqual(
      expect.arrayContaining(['representatives', 'representativeLinks']),
    );
    const listed = (await v.requests.list(v.head)).find((r) => r.id === request.id);
    expect(listed).toMatchObject({ number: request.number, status: 'withdrawn', about: '' });
    const audit = await v.audit.listAudit(v.head);
    expect(audit.find((a) => a.action === 'subject.erase')).toMatchObject({
      entity: 'subject',
      entityId: v.childId,
    });
    expect(await v.audit.verifyAudit(v.head)).toMatchObject({ ok: true });
  });

  it('is refused while a request about the child is open, and with no reason; nothing changes', async () => {
    await v.requests.register(v.secretary, accessInput(v));
    const proposal = (reason: string) => ({
      reason,
      legalBasis: 'VDAR 17. panta 1. punkta a) apakšpunkts',
      scope: { kind: 'whole' as const },
    });
    const child = await proposeErasure(v.context, v.secretary, v.childId, proposal('Termiņš'));
    const sibling = await proposeErasure(v.context, v.secretary, siblingId, proposal('Termiņš'));
    const before = await allRows(v.db);
    await expect(approveErasure(v.context, v.head, child)).rejects.toMatchObject({
      i18nKey: 'errors.erasureOpenRequest',
    });
    await expect(
      proposeErasure(v.context, v.head, siblingId, proposal('  ')),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(approveErasure(v.context, v.secretary, sibling)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await allRows(v.db)).toEqual(before);
  });

  it('a crash after the record is written is finished at the next unlock: the child is gone', async () => {
    const files = v.context.keybook.files;
    let failing = false;
    const original = files.write.bind(files);
    files.write = (name, bytes) =>
      failing ? Promise.reject(new Error('power cut')) : original(name, bytes);
    const id = await proposeErasure(v.context, v.head, v.childId, {
      reason: 'Termiņš beidzies',
      legalBasis: 'VDAR 17. panta 1. punkta a) apakšpunkts',
      scope: { kind: 'whole' },
    });
    failing = true;
    await expect(
      approveErasure(v.context, v.head, id, { confirmOwnProposal: true }),
    ).rejects.toThrow('power cut');
    failing = false;
    // The child is still whole: nothing was removed before the crash.
    expect((await v.records.getSubject(v.head, v.childId)).subject.givenNames).toBe('Anniņa');
    const again = createServices({ db: v.db, kdf: FLOOR_KDF, keybookFiles: files });
    const head = await again.vault.unlock(HEAD.username, HEAD.password);
    expect(again.context.keybook.entriesOfOwner(v.childId)).toEqual([]);
    expect(await v.db.table('subjects').get(v.childId)).toBeUndefined();
    expect(await again.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });

  it('erases again what a restore of an older copy brought back (tombstones)', async () => {
    const rows = await allRows(v.db);
    const keyFiles = await v.context.keybook.exportFiles();
    await eraseWhole(v.context, v.head, v.childId);
    const erasures = await v.db.table('erasures').toArray();
    // "Restore": the old rows and keybook come back, the erasure records stay (kept apart).
    for (const [table, list] of Object.entries(rows))
      if (!['erasures', 'meta', 'audit'].includes(table) && list.length > 0)
        await v.db.table(table).bulkPut(list as object[]);
    await v.context.keybook.replaceFiles(keyFiles);
    expect(v.context.keybook.entriesOfOwner(v.childId).length).toBeGreaterThan(0);
    expect(await v.db.table('subjects').get(v.childId)).toBeDefined();
    expect(await v.db.table('erasures').toArray()).toEqual(erasures);
    expect(await reapplyErasures(v.context, keyringOf(v.head))).toBe(1);
    expect(v.context.keybook.entriesOfOwner(v.childId)).toEqual([]);
    expect(await v.db.table('subjects').get(v.childId)).toBeUndefined();
    expect((await v.records.getSubject(v.head, siblingId)).subject.givenNames).toBe('Pēteris');
  });
});
