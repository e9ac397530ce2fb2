// Bad input (issue 11): a kindergarten register can never be switched into a social office, nor
// back, once it exists. The kind is not in the institution's editable details; a record of the
// other kind is refused by every path that writes records (the form's save, the import, the demo
// register, the client parts), so no client ever lands in a kindergarten nor a child in an office.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRecordsService } from '@renderer/services/records';
import { generateDemoRegister, generateSocialDemoRegister } from '@renderer/services/records/demo';
import {
  buildImportPreview,
  guessColumnMapping,
  parseCsvText,
  tableFromGrid,
} from '@renderer/services/records/import';
import { childSave } from '../records/records-harness';
import { withVault } from '../vault/helpers';
import { clientSave } from './social-harness';

type Vault = Awaited<ReturnType<typeof withVault>>;
const open = async (kind: 'kindergarten' | 'socialOffice') => {
  const v = await withVault(undefined, 'LV', kind);
  return { ...v, records: createRecordsService(v.context) };
};

let kindergarten: Vault & { records: ReturnType<typeof createRecordsService> };
let office: Vault & { records: ReturnType<typeof createRecordsService> };
let child: string;
let client: string;

beforeAll(async () => {
  kindergarten = await open('kindergarten');
  office = await open('socialOffice');
  child = await kindergarten.records.saveSubject(kindergarten.head, childSave());
  client = await office.records.saveSubject(office.head, clientSave());
}, 120_000);

const WRONG_KIND = { code: 'validation', i18nKey: 'records.errors.wrongKind' };

describe('the institution kind', () => {
  it('is not among the details the head edits: a kind or country in them is refused', async () => {
    for (const v of [kindergarten, office]) {
      const before = await v.vault.vaultInfo();
      const { details } = await v.vault.getInstitution(v.head);
      for (const change of [{ kind: 'socialOffice' }, { kind: 'kindergarten' }, { country: 'LT' }])
        await expect(
          v.vault.updateInstitution(v.head, { ...details, ...change }),
        ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.institutionKindFixed' });
      expect(await v.vault.vaultInfo()).toEqual(before);
      expect((await v.vault.getInstitution(v.head)).details).toEqual(details);
    }
  });

  it('a new register cannot be made over the one that exists', async () => {
    await expect(
      kindergarten.vault.createVault({
        institution: { kind: 'socialOffice', country: 'LV', details: { name: 'X' } },
        head: { displayName: 'X', username: 'otrs', password: 'Zaļā pļava pie upes 8' },
        recoveryCode: kindergarten.vault.newRecoveryCode(),
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.vaultExists' });
    expect((await kindergarten.vault.vaultInfo())?.kind).toBe('kindergarten');
  });
});

describe('records of the other kind', () => {
  it('a client is refused by a kindergarten and a child by a social office (form save)', async () => {
    await expect(
      kindergarten.records.saveSubject(kindergarten.head, clientSave()),
    ).rejects.toMatchObject(WRONG_KIND);
    await expect(office.records.saveSubject(office.head, childSave())).rejects.toMatchObject(
      WRONG_KIND,
    );
    // Nor can an existing record be re-saved as the other kind.
    const stored = (await kindergarten.records.getSubject(kindergarten.head, child)).subject;
    await expect(
      kindergarten.records.saveSubject(kindergarten.head, {
        id: child,
        draft: { ...stored, kind: 'client' },
        status: stored.status,
        representatives: [],
      }),
    ).rejects.toMatchObject(WRONG_KIND);
    expect((await kindergarten.records.listSubjects(kindergarten.head)).map((s) => s.kind)).toEqual(
      ['child'],
    );
    expect((await office.records.listSubjects(office.head)).map((s) => s.kind)).toEqual(['client']);
  });

  it('a child gets no client parts or caseload', async () => {
    await expect(
      kindergarten.records.updateClient(kindergarten.head, child, { careNotes: 'x' }),
    ).rejects.toMatchObject(WRONG_KIND);
    await expect(
      kindergarten.records.assignCaseload(kindergarten.head, child, []),
    ).rejects.toMatchObject(WRONG_KIND);
    // The client of the office takes them.
    await office.records.updateClient(office.head, client, { careNotes: 'Pirmdienās' });
  });

  it('an import or a demo register of the other kind stores nothing', async () => {
    const table = tableFromGrid(parseCsvText('Vārds;Uzvārds\nIlze;Kalniņa\n').grid);
    const preview = buildImportPreview(table, guessColumnMapping(table.headers), {
      country: 'LV',
      today: '2026-03-01',
      kind: 'client',
      groupsByName: new Map(),
      existingCodeIndex: () => Promise.resolve(false),
    });
    await expect(
      kindergarten.records.importRows(kindergarten.head, (await preview).rows),
    ).rejects.toMatchObject(WRONG_KIND);
    await expect(
      kindergarten.records.seedDemo(kindergarten.head, generateSocialDemoRegister({ clients: 3 })),
    ).rejects.toMatchObject(WRONG_KIND);
    await expect(
      office.records.seedDemo(office.head, generateDemoRegister({ children: 3 })),
    ).rejects.toMatchObject(WRONG_KIND);
    expect(await kindergarten.records.listSubjects(kindergarten.head)).toHaveLength(1);
    expect(await office.records.listSubjects(office.head)).toHaveLength(1);
  });
});
