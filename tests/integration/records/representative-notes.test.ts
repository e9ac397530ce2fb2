// Issue 12 §3: a representative's name the form cannot print is entered in Latin letters as in
// the person's LV/LT documents, and the original spelling is kept in the representative's own
// notes, which are sealed like every other field and never reach a form.
import { beforeAll, describe, expect, it } from 'vitest';
import { childSave, recordsVault, type RecordsVault } from './records-harness';

let v: RecordsVault;

beforeAll(async () => {
  v = await recordsVault();
}, 120_000);

const withRepresentative = (draft: { givenNames: string; familyName: string; notes?: string }) => ({
  ...childSave({ givenNames: 'Mei', familyName: 'Vana' }, v.groupA.id),
  representatives: [{ draft, relation: 'mother' as const }],
});

describe("a representative's notes keep what the form cannot print", () => {
  it.each([
    ['Chinese', 'Fang', 'Wang', '王芳'],
    ['Arabic (right to left)', 'Leila', 'Haddad', 'ليلى حداد'],
    ['Devanagari (shaping)', 'Priya', 'Sharma', 'प्रिया शर्मा'],
  ])(
    '%s: the Latin name is stored, the original spelling in the notes',
    async (_s, given, family, original) => {
      const id = await v.records.saveSubject(
        v.sessions.secretary,
        withRepresentative({
          givenNames: given,
          familyName: family,
          notes: `Dokumentos: ${original}`,
        }),
      );
      const { representatives } = await v.records.getSubject(v.sessions.secretary, id);
      expect(representatives[0]).toMatchObject({
        givenNames: given,
        familyName: family,
        notes: `Dokumentos: ${original}`,
      });
      const dump = JSON.stringify(await v.db.table('representatives').toArray());
      expect(dump).not.toContain(original);
    },
  );

  it('the original spelling itself is refused as the name, with the instruction', async () => {
    await expect(
      v.records.saveSubject(
        v.sessions.secretary,
        withRepresentative({ givenNames: '芳', familyName: '王' }),
      ),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('notes are free text: NFC, line breaks kept, 2000 characters at most', async () => {
    const id = await v.records.saveSubject(
      v.sessions.secretary,
      withRepresentative({ givenNames: 'Anna', familyName: 'Lee', notes: 'Lee\u0301\nrinda 2' }),
    );
    const { representatives } = await v.records.getSubject(v.sessions.secretary, id);
    expect(representatives[0]?.notes).toBe('Leé\nrinda 2');
    await expect(
      v.records.saveSubject(
        v.sessions.secretary,
        withRepresentative({ givenNames: 'Anna', familyName: 'Lee', notes: 'x'.repeat(2001) }),
      ),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
