import { describe, expect, it } from 'vitest';
import { makeValidLvCode, makeValidLvNewCode } from '@shared/personal-code/generate';
import {
  buildImportPreview,
  guessColumnMapping,
  parseCsvText,
  tableFromGrid,
  textCell,
  type ImportMapping,
} from '@renderer/services/records/import';

const TODAY = '2026-11-24';
const GROUPS = { Zīlītes: 'g-zil', Mārītes: 'g-mar' };
const CODE_A = makeValidLvCode('2020-03-15', 123);
const CODE_B = makeValidLvCode('2021-07-02', 45);

describe('guessColumnMapping', () => {
  it('maps Latvian child and parent columns to fields and representative slots', () => {
    const m = guessColumnMapping([
      'Nr.',
      'Bērna vārds',
      'Bērna uzvārds',
      'Personas kods',
      'Dzimšanas datums',
      'Grupa',
      'Uzņemts',
      'Atskaitīts',
      'Mātes vārds, uzvārds',
      'Mātes tālrunis',
      'Mātes e-pasts',
      'Tēva vārds, uzvārds',
      'Tēva tālrunis',
    ]);
    expect(m.columns).toEqual({
      givenNames: 'Bērna vārds',
      familyName: 'Bērna uzvārds',
      personalCode: 'Personas kods',
      birthDate: 'Dzimšanas datums',
      group: 'Grupa',
      enrolledOn: 'Uzņemts',
      leftOn: 'Atskaitīts',
      'rep1.fullName': 'Mātes vārds, uzvārds',
      'rep1.phone': 'Mātes tālrunis',
      'rep1.email': 'Mātes e-pasts',
      'rep2.fullName': 'Tēva vārds, uzvārds',
      'rep2.phone': 'Tēva tālrunis',
    });
    expect(m.relations).toEqual({ rep1: 'mother', rep2: 'father' });
  });

  it('maps Lithuanian and English headers, and a generic parent column', () => {
    const lt = guessColumnMapping([
      'Vardas',
      'Pavardė',
      'Asmens kodas',
      'Gimimo data',
      'Grupė',
      'Tėvo vardas',
      'Tėvo pavardė',
      'Telefonas',
    ]);
    expect(lt.columns).toMatchObject({
      givenNames: 'Vardas',
      familyName: 'Pavardė',
      personalCode: 'Asmens kodas',
      birthDate: 'Gimimo data',
      group: 'Grupė',
      'rep1.givenNames': 'Tėvo vardas',
      'rep1.familyName': 'Tėvo pavardė',
      'rep1.phone': 'Telefonas',
    });
    expect(lt.relations.rep1).toBe('father');
    const en = guessColumnMapping([
      'First name',
      'Last name',
      'Date of birth',
      'Group',
      'Parent',
      'Phone',
      'E-mail',
    ]);
    expect(en.columns).toMatchObject({
      givenNames: 'First name',
      familyName: 'Last name',
      birthDate: 'Date of birth',
      group: 'Group',
      'rep1.fullName': 'Parent',
      'rep1.phone': 'Phone',
      'rep1.email': 'E-mail',
    });
    expect(en.relations.rep1).toBe('guardian');
  });

  it('does not take "Dzimums" (sex) for the birth date and leaves unknown columns unmapped', () => {
    const m = guessColumnMapping(['Vārds, uzvārds', 'Dzimums', 'Piezīmes']);
    expect(m.columns).toEqual({ fullName: 'Vārds, uzvārds' });
  });

  it('round-trips through JSON (the UI may remember it)', () => {
    const m = guessColumnMapping(['Vārds', 'Uzvārds', 'Māte', 'Tēvs']);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(m.columns).toMatchObject({ 'rep1.fullName': 'Māte', 'rep2.fullName': 'Tēvs' });
  });
});

const HEADERS = [
  'Vārds',
  'Uzvārds',
  'Personas kods',
  'Dzimšanas datums',
  'Grupa',
  'Uzņemts',
  'Atskaitīts',
  'Māte',
  'Mātes tālrunis',
  'Mātes e-pasts',
];
const MAPPING: ImportMapping = guessColumnMapping(HEADERS);
type Values = Record<string, string>;
const row = (over: Partial<Values>): Values =>
  Object.fromEntries(HEADERS.map((h) => [h, over[h] ?? '']));
const good = (over: Partial<Values> = {}): Values =>
  row({
    Vārds: 'Ūna',
    Uzvārds: 'Šķēle',
    'Personas kods': CODE_A,
    Grupa: 'zilites',
    Uzņemts: '01.09.2023',
    ...over,
  });
/** A table whose header is row 1, so data rows are 2, 3, ... as in the spreadsheet. */
const tableOf = (rows: Values[]) => ({
  headers: HEADERS,
  headerRow: 1,
  headerRows: 1,
  rows: rows.map((values, i) => ({
    rowNumber: i + 2,
    cells: Object.fromEntries(Object.entries(values).map(([h, v]) => [h, textCell(v)])),
  })),
});
const preview = (rows: Values[], existing?: (c: string) => boolean | Promise<boolean>) =>
  buildImportPreview(tableOf(rows), MAPPING, {
    country: 'LV',
    today: TODAY,
    groupsByName: GROUPS,
    ...(existing ? { existingCodeIndex: existing } : {}),
  });
const codesOf = async (r: Values) => (await preview([r])).rows[0]?.problems.map((p) => p.code);

describe('buildImportPreview', () => {
  it('turns a good row into a draft subject with a representative', async () => {
    const result = await preview([
      good({
        Māte: 'Anna Šķēle',
        'Mātes tālrunis': '+371 20000001',
        'Mātes e-pasts': 'anna@example.lv',
      }),
    ]);
    expect(result.counts).toEqual({ total: 1, ok: 1, warning: 0, error: 0, adjusted: 0 });
    expect(result.rows[0]?.parsed).toEqual(result.rows[0]?.subject);
    const { parsed: _parsed, ...row } = result.rows[0] ?? { parsed: undefined };
    expect(row).toEqual({
      rowNumber: 2,
      status: 'ok',
      problems: [],
      label: 'Ūna Šķēle',
      adjusted: false,
      groupName: 'zilites',
      subject: {
        kind: 'child',
        givenNames: 'Ūna',
        familyName: 'Šķēle',
        personalCode: CODE_A,
        birthDate: '2020-03-15',
        groupId: 'g-zil',
        enrolledOn: '2023-09-01',
      },
      representatives: [
        {
          relation: 'mother',
          givenNames: 'Anna',
          familyName: 'Šķēle',
          phone: '+371 20000001',
          email: 'anna@example.lv',
        },
      ],
    });
  });

  it('reports a bad personal code with its reason and gives no subject', async () => {
    const bad = CODE_A.slice(0, 10) + String((Number(CODE_A.at(-1)) + 1) % 10);
    const result = await preview([good({ 'Personas kods': bad })]);
    expect(result.rows[0]?.status).toBe('error');
    expect(result.rows[0]?.subject).toBeUndefined();
    expect(result.rows[0]?.problems).toEqual([
      expect.objectContaining({
        code: 'personalCode.invalid',
        reason: 'checksum',
        field: 'personalCode',
        i18nKey: 'records.import.problems.personalCode.invalid',
      }),
    ]);
    expect((await preview([good({ 'Personas kods': '12345' })])).rows[0]?.problems[0]?.reason).toBe(
      'length',
    );
  });

  it('accepts a new-format code with no birth date', async () => {
    const result = await preview([
      good({ 'Personas kods': makeValidLvNewCode(1234), 'Dzimšanas datums': '2021-02-03' }),
    ]);
    expect(result.rows[0]?.status).toBe('ok');
    expect(result.rows[0]?.subject?.birthDate).toBe('2021-02-03');
  });

  it('restores the leading zero Excel drops from a numeric code, with a warning', async () => {
    const code = makeValidLvCode('2020-01-05', 7);
    const result = await preview([good({ 'Personas kods': code.slice(1) })]);
    expect(result.rows[0]?.status).toBe('warning');
    expect(result.rows[0]?.subject?.personalCode).toBe(code);
  });

  it('reports missing and too long names', async () => {
    expect(await codesOf(good({ Vārds: '   ' }))).toEqual(['name.missing']);
    expect(await codesOf(good({ Uzvārds: 'Ā'.repeat(101) }))).toEqual(['name.tooLong']);
    expect(await codesOf(good({ Uzvārds: 'Ā'.repeat(100) }))).toEqual([]);
  });

  it('reports control characters, including bidi overrides', async () => {
    expect(await codesOf(good({ Vārds: 'Ū\u0007na' }))).toEqual(['text.controlCharacters']);
    expect(await codesOf(good({ Uzvārds: '\u202eelēkŠ' }))).toEqual(['text.controlCharacters']);
  });

  it('reports invisible characters pasted into a name (soft hyphen, zero-width joiner, BOM)', async () => {
    expect(await codesOf(good({ Vārds: 'An\u00ADna' }))).toEqual(['text.controlCharacters']);
    expect(await codesOf(good({ Vārds: 'Jā\u200Dnis' }))).toEqual(['text.controlCharacters']);
    expect(await codesOf(good({ Uzvārds: 'Bērziņa\u2060' }))).toEqual(['text.controlCharacters']);
  });

  it('reports bad, future, too early and inverted dates', async () => {
    expect(await codesOf(good({ Uzņemts: '31.02.2023' }))).toEqual(['date.invalid']);
    expect(
      await codesOf(good({ 'Personas kods': '', 'Dzimšanas datums': '25.11.2026', Uzņemts: '' })),
    ).toEqual(['date.future']);
    expect(await codesOf(good({ Uzņemts: '01.09.2027' }))).toEqual([]);
    expect(await codesOf(good({ Uzņemts: '01.09.2028' }))).toEqual(['date.tooFarAhead']);
    expect(await codesOf(good({ Uzņemts: '01.09.2019' }))).toEqual(['date.enrolledBeforeBirth']);
    expect(await codesOf(good({ 'Personas kods': '', 'Dzimšanas datums': '31.12.1899' }))).toEqual([
      'date.before1900',
    ]);
    expect(await codesOf(good({ Atskaitīts: '31.08.2023' }))).toEqual(['date.leftBeforeEnrolled']);
    expect(await codesOf(good({ Atskaitīts: '31.05.2027' }))).toEqual([]);
  });

  it('reports a birth date that contradicts the personal code', async () => {
    expect(await codesOf(good({ 'Dzimšanas datums': '16.03.2020' }))).toEqual([
      'personalCode.birthDateMismatch',
    ]);
    expect(await codesOf(good({ 'Dzimšanas datums': '15.03.2020' }))).toEqual([]);
  });

  it('reports an unknown group; an empty group is allowed', async () => {
    expect(await codesOf(good({ Grupa: 'Pūcītes' }))).toEqual(['group.unknown']);
    const result = await preview([good({ Grupa: '' })]);
    expect(result.rows[0]?.subject?.groupId).toBeNull();
  });

  it('reports duplicates within the file, pointing at the first row', async () => {
    const result = await preview([
      good(),
      good({ 'Personas kods': CODE_B }),
      good({ 'Personas kods': `${CODE_A.slice(0, 6)}-${CODE_A.slice(6)}` }),
    ]);
    expect(result.rows.map((r) => r.status)).toEqual(['ok', 'ok', 'error']);
    expect(result.rows[2]?.problems[0]).toMatchObject({ code: 'duplicate.inFile', otherRow: 2 });
  });

  it('reports duplicates against stored records through an async callback given normalized codes', async () => {
    const asked: string[] = [];
    const existing = async (code: string): Promise<boolean> => {
      asked.push(code);
      await Promise.resolve();
      return code === CODE_B;
    };
    const result = await preview([good(), good({ 'Personas kods': CODE_B })], existing);
    expect(asked).toEqual([CODE_A, CODE_B]);
    expect(result.rows[1]?.problems.map((p) => p.code)).toEqual(['duplicate.existing']);
  });

  it('checks representative names, phones and e-mails', async () => {
    expect(await codesOf(good({ 'Mātes tālrunis': 'tālr. 2000' }))).toEqual([
      'name.missing',
      'name.missing',
      'phone.invalid',
    ]);
    expect(await codesOf(good({ Māte: 'Anna Šķēle', 'Mātes e-pasts': 'anna@' }))).toEqual([
      'email.invalid',
    ]);
  });

  it('never puts a value into a problem', async () => {
    const result = await preview([
      good({ Vārds: 'Slepenvārds\u0001', 'Personas kods': '999999-99999', Grupa: 'Slepengrupa' }),
    ]);
    const text = JSON.stringify(result.rows[0]?.problems);
    expect(text).not.toMatch(/Slepen|99999/);
    expect(result.rows[0]?.problems.length).toBeGreaterThanOrEqual(3);
  });

  it('works end to end from CSV text with a full-name column', async () => {
    const table = tableFromGrid(
      parseCsvText(
        `Vārds, uzvārds;Personas kods;Grupa\nAnna Marija Bērziņa;${CODE_B};Mārītes\nKalniņš, Jānis;;\n`,
      ).grid,
    );
    const result = await buildImportPreview(table, guessColumnMapping(table.headers), {
      country: 'LV',
      today: TODAY,
      groupsByName: new Map(Object.entries(GROUPS)),
    });
    expect(
      result.rows.map(
        (r) => r.subject && [r.subject.givenNames, r.subject.familyName, r.subject.groupId],
      ),
    ).toEqual([
      ['Anna Marija', 'Bērziņa', 'g-mar'],
      ['Jānis', 'Kalniņš', null],
    ]);
  });
});
