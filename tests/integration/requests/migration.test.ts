// A register made by the request register version (schema 40, tests/fixtures/vault-v40): one key
// per category, requests and a disclosure sealed under the category keys. Opened by this version
// (schema 50), the head's first unlock converts the requests and the disclosure with everything
// else: each under an item key of the person it is about, in the institution scope only.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { KEY_SCHEME_VERSION } from '@renderer/data/keys/schema';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { INSTITUTION_SCOPE } from '@renderer/data/keys/scopes';
import { REQUESTS_SCHEMA_VERSION } from '@renderer/data/requests';
import { requestKeyId } from '@renderer/data/requests/requests-codec';
import { keyringOf } from '@renderer/data/session/session';
import { createServices } from '@renderer/services';
import { createConsentService } from '@renderer/services/consents';
import { createRequestConsentsPort } from '@renderer/services/consents/request-port';
import { createConsentRecordsPort, createRecordsService } from '@renderer/services/records';
import { createRequestRecordsPort } from '@renderer/services/records/request-port';
import { createRequestsService } from '@renderer/services/requests';
import { testFonts } from '../consents/consent-harness';
import { snapshotVault } from '../vault/helpers';
import { loadRegister, readRegisterFixture, type RegisterFixture } from '../vault/register-fixture';

type Fixture = RegisterFixture & {
  readonly dexieVersion: number;
  readonly representatives: { readonly mother: string; readonly father: string };
  readonly requests: {
    readonly access: string;
    readonly fatherOnly: string;
    readonly nobody: string;
  };
  readonly disclosures: { readonly first: string };
};

const fixture = readRegisterFixture('vault-v40') as Fixture;

/** A database exactly as the request register version left it (its schema versions, its rows). */
const previousRegister = async (): Promise<string> => {
  expect(fixture.dexieVersion).toBe(REQUESTS_SCHEMA_VERSION);
  return loadRegister(fixture, REQUESTS_SCHEMA_VERSION);
};

const open = (name: string) => {
  const db = createVaultDb(name);
  const services = createServices({
    db,
    kdf: FLOOR_KDF,
    keybookFiles: memoryKeybookFiles(),
    now: () => new Date('2025-03-12T09:00:00.000Z'),
  });
  const records = createRecordsService(services.context);
  const consents = createConsentService({
    ctx: services.context,
    records: createConsentRecordsPort(records),
    fonts: testFonts,
  });
  const requests = createRequestsService({
    ctx: services.context,
    records: createRequestRecordsPort(records, db),
    consents: createRequestConsentsPort(consents),
    fonts: testFonts,
  });
  return { db, services, records, requests };
};

const sealedCategories = async (db: VaultDb, table: string): Promise<string[]> =>
  [
    ...new Set(
      (await db.table<{ sealed: object }>(table).toArray()).flatMap((r) => Object.keys(r.sealed)),
    ),
  ].sort();

describe('a register of schema version 40 (requests sealed under the category keys)', () => {
  it('opens at the key scheme version with its tables; staff wait for the head', async () => {
    const { db, services } = open(await previousRegister());
    await db.open();
    // The newest version (above the key scheme's 50: later versions only add to it).
    expect(db.verno).toBe(Math.max(...VAULT_SCHEMA.map((v) => v.version)));
    expect(db.verno).toBeGreaterThanOrEqual(KEY_SCHEME_VERSION);
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['dsRequests', 'disclosures', 'scopeKeys', 'erasures']),
    );
    const before = await snapshotVault(db);
    await expect(services.vault.unlock('lietvede', fixture.staffPassword)).rejects.toMatchObject({
      i18nKey: 'errors.upgradeNeedsHead',
    });
    expect(await snapshotVault(db)).toEqual(before);
    // The plaintext guard still knows the request tables: a personal field in clear is refused.
    await expect(
      db
        .table('dsRequests')
        .add({ id: 'x', year: 2025, seq: 9, description: 'Anniņa', sealed: {} }),
    ).rejects.toMatchObject({ i18nKey: 'errors.plaintextField' });
  });

  it("converts the requests and the disclosure at the head's unlock: everything opens", async () => {
    const r = open(await previousRegister());
    const head = await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const { access, fatherOnly, nobody } = fixture.requests;

    const a = await r.requests.get(head, access);
    expect(a.request).toMatchObject({
      number: '2025/1',
      status: 'in-progress',
      details: 'Vēlos zināt, kādi dati par Anniņu tiek glabāti.',
      replyTo: 'liga@example.lv',
      identity: { method: 'id-document', note: 'ID karte PA1234567' },
      extension: { months: 1, reasons: 'Daudz dokumentu papīra arhīvā.' },
    });
    expect(a.about).toBe('Anniņa Ūzuliņa');
    expect(a.requesterName).toBe('Līga Ūzuliņa');
    expect(a.disclosures).toMatchObject([
      { recipient: 'Valmieras novada bāriņtiesa', note: 'Pēc pieprasījuma Nr. 12' },
    ]);
    expect((await r.requests.get(head, fatherOnly)).request.details).toBe(
      'Mans tālrunis ir mainījies.',
    );
    expect((await r.requests.get(head, nobody)).request.identity.note).toBe('Pase LV7654321');

    const list = await r.requests.list(head);
    expect(list.map((i) => [i.number, i.about, i.aboutKind])).toEqual([
      ['2025/3', 'Bijušais audzēknis Roberts Liepiņš (2015)', 'unregistered'],
      ['2025/2', 'Jānis Ūzuliņš', 'representative'],
      ['2025/1', 'Anniņa Ūzuliņa', 'subject'],
    ]);
    const secretary = await r.services.vault.unlock('lietvede', fixture.staffPassword);
    expect((await r.requests.get(secretary, access)).request.identity.note).toBe(
      'ID karte PA1234567',
    );
    expect(await r.services.audit.verifyAudit(head)).toMatchObject({ ok: true });
  });

  it('puts each request under an item key of its person, in the institution scope only', async () => {
    const r = open(await previousRegister());
    await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const { access, fatherOnly, nobody } = fixture.requests;
    const keybook = r.services.context.keybook;
    const owned = (owner: string, id: string) =>
      keybook
        .entriesOfOwner(owner)
        .filter((e) => e.keyId === requestKeyId({ id, subjectId: null }));
    expect(
      keybook
        .entriesOfKey(requestKeyId({ id: access, subjectId: fixture.subjects.first }))
        .map((e) => [e.ownerId, e.scopeId, e.category, e.item]),
    ).toEqual([[fixture.subjects.first, INSTITUTION_SCOPE, 'identifiers', true]]);
    expect(
      keybook
        .entriesOfKey(
          requestKeyId({
            id: fatherOnly,
            subjectId: null,
            representativeId: fixture.representatives.father,
          }),
        )
        .map((e) => e.ownerId),
    ).toEqual([fixture.representatives.father]);
    expect(owned(nobody, nobody).map((e) => e.scopeId)).toEqual([INSTITUTION_SCOPE]);
    expect(
      keybook
        .entriesOfKey(
          requestKeyId({ id: fixture.disclosures.first, subjectId: fixture.subjects.first }),
        )
        .map((e) => e.ownerId),
    ).toEqual([fixture.subjects.first]);
    // The teacher of the child's group holds the child's core key, but no request's key.
    const teacher = await r.services.vault.unlock('skolotaja', fixture.staffPassword);
    const people = keyringOf(teacher).people;
    expect((await people.keysOf(fixture.subjects.first, ['core'])).has('core')).toBe(true);
    expect(
      await people.itemKey(requestKeyId({ id: access, subjectId: fixture.subjects.first })),
    ).toBeUndefined();
    // No box of the old layout is left (every box opened above with the new keys).
    expect(await sealedCategories(r.db, 'dsRequests')).toEqual(['contacts', 'core', 'identifiers']);
    expect(await sealedCategories(r.db, 'disclosures')).toEqual(['core']);
  });
});
