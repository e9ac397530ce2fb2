// "Arhīva nodošanas akts" (issue 9 item 7) on real PDF tools: the facts in LV/LT/EN with their
// diacritics, the file's SHA-256 in groups of eight (whole when the spaces are removed), the
// hand-over code, the counts; the persons' names only when the head chooses to print them.
import { afterAll, describe, expect, it } from 'vitest';
import { renderArchiveAct, type ArchiveActInput } from '@shared/pdf/index';
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
const SHA = '047c49bf95f84ed32d4b34fc28789e3f74bc22b4b5f3590cf6823745e032fcfe';
const input: ArchiveActInput = {
  institutionName: 'Pirmsskolas izglītības iestāde «Saulīte»',
  actNumber: '3b1f2c0e-7d4a-4b8e-9a51-0c2d7e9f1a36',
  date: '2026-12-01',
  handedOverBy: 'Vadītāja Testa',
  personCount: 2,
  categories: ['record', 'contacts', 'consents', 'evidence'],
  fileName: 'arhivs-2026-12-01-1030.prarh',
  fileSha256: SHA,
  fileSize: 123456,
  code: 'Y8EA6-TT8QC-E9YP0-HF1W0-TBF6N',
  legalBasis: 'VDAR 5. panta 1. punkta e) apakšpunkts un 89. pants; Arhīvu likums',
  counts: { persons: 2, consentEvents: 4, scans: 2, files: 14 },
  language: 'lv',
  fonts: loadTestFonts(),
};

describe('renderArchiveAct', () => {
  it('prints the hand-over facts in Latvian, no names unless asked, with embedded fonts', async () => {
    const file = writePdf(dir, 'arhivs-lv.pdf', await renderArchiveAct(input));
    const text = pdfText(file);
    for (const expected of [
      'Arhīva nodošanas akts',
      'Akta numurs: 3b1f2c0e-7d4a-4b8e-9a51-0c2d7e9f1a36',
      'Datums: 01.12.2026',
      'Nodeva: Vadītāja Testa',
      'Personu skaits: 2',
      'Personas: vārdi aktā netiek norādīti',
      'Datu kategorijas: personas ieraksts, likumisko pārstāvju kontaktinformācija, piekrišanas',
      'Fails: arhivs-2026-12-01-1030.prarh',
      'Nodošanas kods: Y8EA6-TT8QC-E9YP0-HF1W0-TBF6N',
      'Tiesiskais pamats: VDAR 5. panta 1. punkta e) apakšpunkts un 89. pants; Arhīvu likums',
      'Piekrišanu notikumi 4',
      'Parakstīto dokumentu skenējumi 2',
      'Faili paketē kopā 14',
      'pieņēma (arhīva pārstāvja paraksts)',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('Faila SHA-256: 047c49bf 95f84ed3');
    expect(text.replace(/\s/g, '')).toContain(SHA);
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  });

  it('prints the chosen names, and the Lithuanian and English words', async () => {
    const named = pdfText(
      writePdf(
        dir,
        'arhivs-named.pdf',
        await renderArchiveAct({ ...input, personNames: ['Anniņa Ūzuliņa', 'Pēteris Bērziņš'] }),
      ),
    );
    expect(named).toContain('Personas: Anniņa Ūzuliņa; Pēteris Bērziņš');
    const lt = pdfText(
      writePdf(dir, 'arhivs-lt.pdf', await renderArchiveAct({ ...input, language: 'lt' })),
    );
    for (const expected of [
      'Archyvo perdavimo aktas',
      'Perdavė: Vadītāja Testa',
      'Asmenys: vardai akte nenurodomi',
      'Perdavimo kodas: Y8EA6-TT8QC-E9YP0-HF1W0-TBF6N',
      'priėmė (archyvo atstovo parašas)',
    ])
      expect(lt).toContain(expected);
    const en = pdfText(
      writePdf(dir, 'arhivs-en.pdf', await renderArchiveAct({ ...input, language: 'en' })),
    );
    expect(en).toContain('Archive hand-over act');
    expect(en).toContain('Persons: names not printed on this act');
  });
});
