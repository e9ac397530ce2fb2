// A Lithuanian kindergarten works in Lithuanian on paper too (review #21): its staff-room group
// sheet is Lithuanian, and a purpose it adds needs a Lithuanian name, which the other languages
// fall back to, so no Latvian word reaches its printed sheets.
import { beforeAll, describe, expect, it } from 'vitest';
import { consentVault, type ConsentVault } from './consent-harness';
import { textOf } from './pdf-text';

let v: ConsentVault;

beforeAll(async () => {
  v = await consentVault('LT');
}, 120_000);

describe('a Lithuanian institution', () => {
  it('prints the group sheet in Lithuanian', async () => {
    const text = textOf(await v.consents.groupSheetPdf(v.secretary, v.first.groupA, '2025-03-01'));
    expect(text).toContain('Šiems vaikams NEGALIMA:');
    expect(text).toContain('2025-03-01 duomenimis');
    expect(text).toContain('Vardo ir pavardės skelbimas');
    expect(text).not.toMatch(/NEDRĪKST|Vārds, uzvārds|stāvoklis uz/);
  });

  it('requires the Lithuanian name of a new purpose and prints it, never a Latvian one', async () => {
    await expect(v.consents.createPurpose(v.head, { lv: 'Ekskursijas' })).rejects.toMatchObject({
      code: 'validation',
      details: { field: 'labels.lt' },
    });
    const purpose = await v.consents.createPurpose(v.head, { lt: 'Ekskursijos' });
    expect(purpose.labels).toEqual({ lv: 'Ekskursijos', lt: 'Ekskursijos', en: 'Ekskursijos' });
    const text = textOf(await v.consents.groupSheetPdf(v.secretary, v.first.groupA, '2025-03-01'));
    expect(text).toContain('Ekskursijos');
  });
});
