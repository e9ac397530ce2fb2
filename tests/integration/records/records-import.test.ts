import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildImportPreview,
  guessColumnMapping,
  parseCsvText,
  tableFromGrid,
  type ImportPreview,
} from '@renderer/services/records/import';
import { buildExportRows, exportColumnsFor, toCsv } from '@renderer/services/records/export';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { makeValidLvCode } from '@shared/personal-code/generate';
import { CODE_1, childSave, recordsVault, type RecordsVault } from './records-harness';

const codes = [
  makeValidLvCode('2020-01-05', 1),
  makeValidLvCode('2020-02-06', 2),
  makeValidLvCode('2021-03-07', 3),
  makeValidLvCode('2021-04-08', 4),
];
const csv = (rows: string[]): string =>
  [
    'Vārds;Uzvārds;Personas kods;Grupa;Mātes vārds, uzvārds;Mātes tālrunis;Tēva vārds, uzvārds',
    ...rows,
  ].join('\r\n');
const FILE = csv([
  `Ūna;Šķēle;${codes[0] ?? ''};Zīlītes;Inese Šķēle;+371 21111111;Andris Šķēle`,
  `Kārlis;Šķēle;${codes[1] ?? ''};Zīlītes;Inese Šķēle;+371 21111111;Andris Šķēle`,
  `Ēriks;Bērziņš;${codes[2] ?? ''};Mārītes;Dace Bērziņa;+371 22222222;`,
  'Bez;Koda;;Pūcītes;;;',
]);

let v: RecordsVault;
const counts = async () => ({
  subjects: await v.db.table('subjects').count(),
  representatives: await v.db.table('representatives').count(),
  links: await v.db.table('representativeLinks').count(),
});
const previewOf = async (text: string): Promise<ImportPreview> => {
  const table = tableFromGrid(parseCsvText(text).grid);
  const groups = await v.records.listGroups(v.sessions.secretary);
  return buildImportPreview(table, guessColumnMapping(table.headers), {
    country: 'LV',
    today: '2025-03-01',
    groupsByName: new Map(groups.map((g) => [g.name, g.id])),
    existingCodeIndex: (code) => v.records.codeExists(v.sessions.secretary, code),
  });
};

let failNext = false;
beforeAll(async () => {
  v = await recordsVault({
    writeHook: (table) => {
      // Fails in the middle of the transaction: after subjects were written, before the links.
      if (failNext && table === 'subjects') throw new Error('simulated disk failure');
    },
  });
  await v.records.saveSubject(
    v.sessions.secretary,
    childSave({ personalCode: CODE_1 }, v.groupA.id),
  );
}, 120_000);

describe('records import', () => {
  it('leaves nothing behind when the write fails in the middle of the transaction', async () => {
    const before = await counts();
    const preview = await previewOf(FILE);
    failNext = true;
    await expect(v.records.importRows(v.sessions.secretary, preview.rows)).rejects.toThrow(
      'simulated disk failure',
    );
    failNext = false;
    expect(await counts()).toEqual(before);
    expect(await v.records.codeExists(v.sessions.secretary, codes[0] ?? '')).toBe(false);
  });

  it('stores the records and their audit entries as one unit: a failed audit write leaves no record (issue 10 item 5)', async () => {
    const before = await counts();
    const audit = v.db.table('audit');
    const auditBefore = await audit.count();
    const head = (await v.db.table('meta').get('auditHead')) as { lastSeq: number };
    // A stray entry takes the next sequence number: the import's audit write must fail.
    const stray = {
      seq: head.lastSeq + 1,
      at: '2025-03-01T00:00:00.000Z',
      actor: 'system',
      action: 'records.import',
      entity: 'import',
      entityId: null,
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
      mac: '0'.repeat(64),
    };
    await audit.add(stray);
    const preview = await previewOf(FILE);
    const failure: unknown = await v.records
      .importRows(v.sessions.secretary, preview.rows)
      .catch((error: unknown) => error);
    await audit.delete(stray.seq);
    expect(failure).toMatchObject({ code: 'storage' });
    expect(await counts()).toEqual(before);
    expect(await audit.count()).toBe(auditBefore);
    expect(await v.records.codeExists(v.sessions.secretary, codes[0] ?? '')).toBe(false);
  });

  it('stores nothing when cancelled before the commit, and reports progress until then', async () => {
    const before = await counts();
    const preview = await previewOf(FILE);
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      v.records.importRows(v.sessions.secretary, preview.rows, {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 2) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ i18nKey: 'records.import.cancelled' });
    expect(progress).toEqual([1, 2]);
    expect(await counts()).toEqual(before);
  });

  it('refuses the whole import when a code is already stored, even if the preview missed it', async () => {
    const before = await counts();
    const preview = await previewOf(FILE);
    await v.records.saveSubject(
      v.sessions.secretary,
      childSave({ personalCode: codes[2] }, v.groupB.id),
    );
    const mid = await counts();
    await expect(v.records.importRows(v.sessions.secretary, preview.rows)).rejects.toMatchObject({
      i18nKey: 'records.errors.duplicateCode',
    });
    expect(await counts()).toEqual(mid);
    expect(mid.subjects).toBe(before.subjects + 1);
    // The preview now sees it as a duplicate against the stored record.
    const again = await previewOf(FILE);
    expect(again.rows[2]?.problems.map((p) => p.code)).toEqual(['duplicate.existing']);
  });

  it('imports valid rows, skips error rows, stores shared parents once and audits', async () => {
    const before = await counts();
    const preview = await previewOf(FILE);
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'error', 'error']);
    const progress: [number, number][] = [];
    const result = await v.records.importRows(v.sessions.secretary, preview.rows, {
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(result).toEqual({ imported: 2, failed: 2, representatives: 2 });
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(await counts()).toEqual({
      subjects: before.subjects + 2,
      representatives: before.representatives + 2,
      links: before.links + 4,
    });
    const list = await v.records.listSubjects(v.sessions.secretary);
    const una = list.find((s) => s.givenNames === 'Ūna');
    const karlis = list.find((s) => s.givenNames === 'Kārlis');
    if (!una || !karlis) throw new Error('not imported');
    const repsOf = async (id: string) =>
      (await v.records.getSubject(v.sessions.secretary, id)).representatives.map((r) => r.id);
    expect(await repsOf(una.id)).toEqual(await repsOf(karlis.id));
    expect(una).toMatchObject({ groupId: v.groupA.id });
    // The list carries names only; codes come from listPersonalCodes (search by code).
    expect(una.personalCode).toBeUndefined();
    const found = await v.records.listPersonalCodes(v.sessions.secretary, [una.id, karlis.id]);
    expect(found.get(una.id)).toBe(codes[0]);
    await expect(v.records.listPersonalCodes(v.sessions.teacher, [una.id])).rejects.toMatchObject({
      code: 'forbidden',
    });
    const actions = (await v.db.table('audit').toArray()).map((r: { action: string }) => r.action);
    expect(actions).toContain('records.import');
  });
});

describe('representatives on import: one person, however the apostrophe or dash is typed', () => {
  it("siblings whose parent is written O’Konore and O'Konore share one stored representative, also against the register", async () => {
    const before = await counts();
    const sibling = [
      makeValidLvCode('2019-05-01', 11),
      makeValidLvCode('2020-06-02', 12),
      makeValidLvCode('2021-07-03', 13),
    ];
    const file = csv([
      `Ailīna;O’Konore;${sibling[0] ?? ''};Zīlītes;Šona O’Konore‑Bērziņa;+371 23333333;`,
      `Kīrans;O'Konore;${sibling[1] ?? ''};Zīlītes;Šona O'Konore-Bērziņa;+371 23333333;`,
    ]);
    const preview = await previewOf(file);
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'ok']);
    await v.records.importRows(v.sessions.secretary, preview.rows);
    const mid = await counts();
    expect(mid.representatives).toBe(before.representatives + 1);
    // A later file with yet other look-alikes (‘ and an en dash) links to the stored person.
    const later = await previewOf(
      csv([`Niams;O‘Konore;${sibling[2] ?? ''};Zīlītes;Šona O‘Konore–Bērziņa;+371 23333333;`]),
    );
    await v.records.importRows(v.sessions.secretary, later.rows);
    expect((await counts()).representatives).toBe(mid.representatives);
  });
});

describe('records export and demo', () => {
  it("exports with the role's columns and audits; a teacher may not export", async () => {
    const list = await v.records.listSubjects(v.sessions.secretary);
    const rows = await v.records.exportSubjects(
      v.sessions.secretary,
      list.map((s) => s.id),
    );
    const text = toCsv(
      buildExportRows(rows, exportColumnsFor('secretary'), {
        country: 'LV',
        locale: 'lv',
        translate: (key) => key,
      }),
    );
    expect(text).toContain('Šķēle;Ūna;');
    expect(text).toContain('+371 21111111');
    await expect(
      v.records.exportSubjects(v.sessions.teacher, [list[0]?.id ?? '']),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const actions = (await v.db.table('audit').toArray()).map((r: { action: string }) => r.action);
    expect(actions).toContain('records.export');
  });

  it('seeds the demo register for the head', async () => {
    const fresh = await recordsVault();
    const register = generateDemoRegister({ children: 24 });
    await fresh.records.seedDemo(fresh.head, register);
    const list = await fresh.records.listSubjects(fresh.head);
    expect(list).toHaveLength(24);
    expect((await fresh.records.listGroups(fresh.head)).length).toBe(8);
    await expect(fresh.records.seedDemo(fresh.sessions.teacher, register)).rejects.toMatchObject({
      code: 'forbidden',
    });
  }, 120_000);
});
