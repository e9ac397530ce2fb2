// The key migration on a register written by the previous version (tests/fixtures/vault-v20):
// one key per category, consents, a scan, a restricted child, an edited template. After the
// head's first unlock every record must open under per-person keys, and nothing may be lost.
import { describe, expect, it } from 'vitest';
import { FLOOR_KDF } from '@renderer/data/crypto/kdf';
import { createVaultDb, type VaultDb } from '@renderer/data/db/vault-db';
import { Keybook } from '@renderer/data/keys/keybook';
import { memoryKeybookFiles } from '@renderer/data/keys/keybook-files';
import { migrateToPersonKeys } from '@renderer/data/keys/key-migration';
import { createServices, type Services } from '@renderer/services';
import { snapshotVault } from './helpers';
import { fixture, open, previousRegister } from './key-migration-harness';

const PNG_START = [137, 80, 78, 71];

const sealedCategories = async (db: VaultDb, table: string): Promise<string[]> =>
  [
    ...new Set(
      (await db.table<{ sealed: object }>(table).toArray()).flatMap((r) => Object.keys(r.sealed)),
    ),
  ].sort();

describe('key migration (schema version 50)', () => {
  it('refuses everyone but the head until the register is converted, changing nothing', async () => {
    const { db, services } = open(await previousRegister());
    await db.open();
    const before = await snapshotVault(db);
    await expect(services.vault.unlock('skolotaja', fixture.staffPassword)).rejects.toMatchObject({
      code: 'forbidden',
      i18nKey: 'errors.upgradeNeedsHead',
    });
    await expect(services.vault.unlock('lietvede', fixture.staffPassword)).rejects.toMatchObject({
      i18nKey: 'errors.upgradeNeedsHead',
    });
    expect(await snapshotVault(db)).toEqual(before);
  });

  it("converts at the head's unlock: every record, consent, scan, form and setting opens", async () => {
    const r = open(await previousRegister());
    const head = await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const { first, sibling, noGroup } = fixture.subjects;

    const list = await r.records.listSubjects(head);
    expect(list.map((s) => s.givenNames).sort()).toEqual(['Anniņa', 'Pēteris', 'Ēriks']);
    const one = await r.records.getSubject(head, first);
    expect(one.subject).toMatchObject({
      familyName: 'Ūzuliņa',
      healthNotes: 'Alerģija pret riekstiem',
      enrolledOn: '2023-09-01',
    });
    expect(one.subject.personalCode).toMatch(/^\d{11}$/);
    expect(
      one.representatives.map((p) => [p.givenNames, p.relation, p.phone, p.custodyNotes]),
    ).toEqual([
      ['Līga', 'mother', '+371 20000001', undefined],
      ['Jānis', 'father', '+371 20000002', 'Dzīvo atsevišķi'],
    ]);
    expect(one.representatives[1]?.personalCode).toMatch(/^\d{11}$/);
    expect((await r.records.getSubject(head, noGroup)).subject.restriction?.reason).toBe(
      'Pieprasījums par precizitāti',
    );
    expect((await r.records.getSubject(head, sibling)).representatives.map((p) => p.id)).toEqual([
      one.representatives[0]?.id,
    ]);
    expect(await r.records.codeExists(head, one.subject.personalCode ?? '')).toBe(true);

    const consents = await r.consents.subjectConsents(head, first, '2025-03-02');
    expect(consents.history.map((h) => h.kind).sort()).toEqual([
      'granted',
      'granted',
      'refused',
      'withdrawn',
    ]);
    expect(consents.history.find((h) => h.kind === 'refused')?.representativeName).toBe(
      'Līga Ūzuliņa',
    );
    const withScan = consents.history.find((h) => h.evidenceId !== undefined);
    const scan = await r.consents.evidence(head, withScan?.evidenceId ?? '');
    expect([...scan.bytes.slice(0, 4)]).toEqual(PNG_START);
    const sib = await r.consents.subjectConsents(head, sibling, '2025-03-02');
    expect(sib.history.map((h) => h.kind)).toEqual(['granted']);
    expect((await r.consents.purposes(head)).map((p) => p.labels.lv)).toContain('Ekskursijas');
    const versions = await r.consents.templateVersions(head);
    expect(versions.filter((t) => t.origin === 'edited')).toHaveLength(1);
    const blank = (
      await r.db.table<{ formId: string; subjectId: string | null }>('consentForms').toArray()
    ).find((f) => f.subjectId === null);
    expect((await r.consents.findForm(head, blank?.formId ?? '')).subject).toBeNull();

    expect((await r.services.vault.getInstitution(head)).details['name']).toBe('PII Testa dārziņš');
    expect((await r.services.staff.listUsers(head)).map((u) => u.username).sort()).toEqual([
      'lietvede',
      'medmasa',
      'skolotaja',
      'vaditaja',
    ]);
    expect(await r.services.audit.verifyAudit(head)).toMatchObject({ ok: true });
    const actions = (await r.services.audit.listAudit(head)).map((a) => a.action);
    expect(actions).toContain('vault.keyMigration');

    // Nothing of the old layout is left: no category-key boxes on institution data, no code index.
    for (const table of ['users', 'groups', 'consentPurposes', 'formTemplates'])
      expect(await sealedCategories(r.db, table)).toEqual(['org']);
    for (const table of ['subjects', 'representatives'])
      for (const row of await r.db.table<object>(table).toArray())
        expect(Object.keys(row)).not.toContain('codeIndex');
    expect(r.keybook.files.size).toBeGreaterThan(0);
  });

  it('gives staff the new keys: the teacher opens her group only, the nurse the health notes', async () => {
    const r = open(await previousRegister());
    await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    const teacher = await r.services.vault.unlock('skolotaja', fixture.staffPassword);
    expect((await r.records.listSubjects(teacher)).map((s) => s.givenNames)).toEqual(['Anniņa']);
    const grants = (await r.db.grants.where('principalId').equals(teacher.userId).toArray())
      .map((g) => g.keyName)
      .sort();
    expect(grants.filter((n) => !n.startsWith('scope/'))).toEqual(['audit', 'org']);
    expect(grants.filter((n) => n.startsWith('scope/'))).toHaveLength(2);
    const nurse = await r.services.vault.unlock('medmasa', fixture.staffPassword);
    expect((await r.records.getSubject(nurse, fixture.subjects.first)).subject.healthNotes).toBe(
      'Alerģija pret riekstiem',
    );
    // Issue 11: the categories added since are made in the same conversion, for the recovery
    // code (every key) and never for a teacher.
    const recovery = (await r.db.grants.where('principalId').equals('recovery').toArray()).map(
      (g) => g.keyName,
    );
    expect(recovery).toEqual(expect.arrayContaining(['social', 'financial', 'care']));
    expect(grants).not.toContain('social');
  });

  it('a failure before the final transaction leaves the old register as it was; the next unlock converts', async () => {
    const name = await previousRegister();
    const files = memoryKeybookFiles();
    let writes = 0;
    const failing = {
      ...files,
      write: (file: string, bytes: Uint8Array) =>
        ++writes === 2 ? Promise.reject(new Error('disk full')) : files.write(file, bytes),
    };
    const db = createVaultDb(name);
    await db.open();
    const before = await snapshotVault(db);
    const headSlot = (await db.slots.toArray()).find((s) => s.kind === 'password');
    const crashed: Services = createServices({ db, kdf: FLOOR_KDF, keybookFiles: failing });
    await expect(
      crashed.vault.unlock(fixture.head.username, fixture.head.password),
    ).rejects.toThrow('disk full');
    expect(headSlot).toBeDefined();
    expect(await snapshotVault(db)).toEqual(before);
    db.close();
    const r = open(name, files);
    const head = await r.services.vault.unlock(fixture.head.username, fixture.head.password);
    expect(await r.records.listSubjects(head)).toHaveLength(3);
    // The half-written keybook of the failed attempt was replaced, not merged.
    const keybook = new Keybook(files);
    await keybook.load();
    expect(keybook.scopeIds().length).toBeGreaterThan(0);
    await expect(
      migrateToPersonKeys(
        r.db,
        keybook,
        'nobody',
        (
          await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, [
            'deriveBits',
          ])
        ).privateKey,
        new Date(),
      ),
    ).rejects.toMatchObject({ code: 'forbidden', i18nKey: 'errors.upgradeNeedsHead' });
  });
});
