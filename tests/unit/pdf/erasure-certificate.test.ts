// "Dzēšanas akts" (issue 9 part 4) on real PDF tools: the words in LV/LT/EN, the counts, who and
// when, the legal basis; the person's name only when the head chooses to print it.
import { afterAll, describe, expect, it } from 'vitest';
import { renderErasureCertificate, type ErasureCertificateInput } from '@shared/pdf/index';
import {
  loadTestFonts,
  pdfFonts,
  pdfText,
  qpdfCheck,
  tempDir,
  writePdf,
  removeTempDirs,
} from './pdf-tools';

afterAll(removeTempDirs);

const dir = tempDir();
const input: ErasureCertificateInput = {
  institutionName: 'Pirmsskolas izglītības iestāde «Saulīte»',
  erasureId: '0b8f5a2e-3c1d-4e7f-9a6b-2d4c8e1f0a37',
  counts: { subjects: 1, representativeLinks: 2, consentForms: 1, consentEvents: 2 },
  reason: 'Bērns atskaitīts 2019. gadā; glabāšanas termiņš beidzies',
  legalBasis: 'VDAR 17. panta 1. punkta a) apakšpunkts',
  proposedBy: 'Lietvede Testa',
  proposedOn: '2026-03-02',
  approvedBy: 'Vadītāja Testa',
  approvedOn: '2026-03-03',
  doneOn: '2026-03-03',
  language: 'lv',
  fonts: loadTestFonts(),
};

describe('renderErasureCertificate', () => {
  it('prints the facts and counts in Latvian, no name unless asked, with embedded fonts', async () => {
    const file = writePdf(dir, 'akts-lv.pdf', await renderErasureCertificate(input));
    const text = pdfText(file);
    for (const expected of [
      'Dzēšanas akts',
      'Akta numurs: 0b8f5a2e-3c1d-4e7f-9a6b-2d4c8e1f0a37',
      'Persona: vārds aktā netiek norādīts',
      'Dzēstais apjoms: visi personas dati reģistrā',
      'Tiesiskais pamats: VDAR 17. panta 1. punkta a) apakšpunkts',
      'Ierosināja: Lietvede Testa, 02.03.2026',
      'Apstiprināja: Vadītāja Testa, 03.03.2026',
      'Personas ieraksts 1',
      'Saites ar likumiskajiem pārstāvjiem 2',
      'Piekrišanas un atsaukumi 2',
    ])
      expect(text).toContain(expected);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  });

  it('prints the name when the head chooses to, and a partial scope in Lithuanian and English', async () => {
    const lt = writePdf(
      dir,
      'akts-lt.pdf',
      await renderErasureCertificate({
        ...input,
        language: 'lt',
        personName: 'Anniņa Ūzuliņa',
        categories: ['health', 'evidence'],
        counts: { health: 1, consentEvidence: 3 },
      }),
    );
    const text = pdfText(lt);
    expect(text).toContain('Ištrynimo aktas');
    expect(text).toContain('Asmuo: Anniņa Ūzuliņa');
    expect(text).toContain('Ištrinta apimtis: sveikatos pastabos, pasirašytų dokumentų');
    expect(text).toContain('Sveikatos pastabos 1');
    const en = writePdf(
      dir,
      'akts-en.pdf',
      await renderErasureCertificate({ ...input, language: 'en', categories: ['evidence'] }),
    );
    const english = pdfText(en);
    expect(english).toContain('Deletion certificate');
    expect(english).toContain('Erased: scans of signed documents');
    expect(english).toContain('Person: name not printed on this certificate');
  });
});
