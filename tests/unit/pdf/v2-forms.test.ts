// The v2 wording of the four forms (language and legal review of 2026-11), as pdftotext reads
// the printed PDFs; v1 still prints exactly its own wording, so a form signed on it reprints.
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderConsentForms,
  renderWithdrawalForm,
  type ConsentTemplate,
  type FormInstitution,
  type WithdrawalTemplate,
} from '@shared/pdf/index';
import {
  TEST_INSTITUTION,
  loadTestFonts,
  pdfText,
  pdfWords,
  qpdfCheck,
  tempDir,
  writePdf,
  removeTempDirs,
} from './pdf-tools';

afterAll(removeTempDirs);

const fonts = loadTestFonts();
const templates = loadBundledTemplates();
const dir = tempDir();
const LT_INSTITUTION: FormInstitution = {
  ...TEST_INSTITUTION,
  name: 'Lopšelis-darželis „Saulutė“',
  registrationNumber: '190012345',
  controllerName: 'direktorė Rūta Žemaitė',
  operatorName: 'raštvedė Aušra Kęstutienė',
  recipients: 'slaugytoja, buhalterė, metodininkė, grupių auklėtojos.',
};
const entry = {
  formId: 'F-1111-2222',
  childName: 'Ąžuolas Šimkus',
  representativeName: 'Gintarė Šimkienė',
};

const consentText = async (id: string, version: number, institution: FormInstitution) =>
  pdfText(
    writePdf(
      dir,
      `${id}-${String(version)}.pdf`,
      await renderConsentForms({
        template: templates.get(id, version) as ConsentTemplate,
        institution,
        entries: [entry],
        fonts,
        generatedOn: '2025-09-01',
      }),
    ),
  );

const withdrawalFile = async (id: string, version: number, institution: FormInstitution) =>
  writePdf(
    dir,
    `${id}-${String(version)}.pdf`,
    await renderWithdrawalForm({
      template: templates.get(id, version) as WithdrawalTemplate,
      institution,
      entry: { ...entry, purposeIds: ['photo-publish'], originalFormId: 'F-3333-4444' },
      fonts,
      generatedOn: '2025-09-01',
    }),
  );

describe('lt-sutikimas-1 v2', () => {
  it('says whose data, has a child line with a verb, and the Art. 7(3) sentence', async () => {
    const text = await consentText('lt-sutikimas-1', 2, LT_INSTITUTION);
    expect(text).toContain('pareiškiu valią dėl savo sūnaus / dukters Ąžuolas Šimkus');
    expect(text).toContain(
      'Sutinku / nesutinku (reikiamą pabraukti), kad vaikas būtų fotografuojamas ir filmuojamas, o nuotraukos ir filmavimo įrašai būtų eksponuojami įstaigos patalpose.',
    );
    expect(text).toContain('kad vaiko nuotraukos ir filmavimo įrašai būtų skelbiami');
    expect(text).toContain('kad vaiko vardas ir pavardė būtų skelbiami');
    expect(text).toContain(
      'Suprantu, kad sutikimą galiu laisvai atšaukti ir kad sutikimo atšaukimas neturės įtakos sutikimu grįsto asmens duomenų, nuotraukų ir filmavimo įrašų naudojimo, vykdyto iki atšaukimo, teisėtumui.',
    );
    expect(text).not.toMatch(/sutinku, kad mano sūnaus|reikalingą pabraukti|kai jis buvo/);
    expect(text).toContain('lt-sutikimas-1 v2');
  });

  it('prints the institution as the controller and the head as its representative', async () => {
    const text = await consentText('lt-sutikimas-1', 2, LT_INSTITUTION);
    expect(text).toContain('Duomenų valdytojas: Lopšelis-darželis „Saulutė“');
    expect(text).toContain('Duomenų valdytojo atstovas: direktorė Rūta Žemaitė');
    expect(text).toContain('Asmens duomenis tvarkantis darbuotojas: raštvedė Aušra Kęstutienė');
  });

  it('fits one page', async () => {
    const file = writePdf(
      dir,
      'lt-one-page.pdf',
      await renderConsentForms({
        template: templates.get('lt-sutikimas-1', 2) as ConsentTemplate,
        institution: LT_INSTITUTION,
        entries: [entry],
        fonts,
      }),
    );
    expect(pdfWords(file)).toHaveLength(1);
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  });

  it('leaves v1 printing its own wording, for reprints of forms signed on it', async () => {
    const text = await consentText('lt-sutikimas-1', 1, LT_INSTITUTION);
    expect(text).toContain('sutinku, kad mano sūnaus / dukters');
    expect(text).toContain(`Duomenų valdytojas: ${LT_INSTITUTION.controllerName}`);
    expect(text).not.toContain('Duomenų valdytojo atstovas');
  });
});

describe('lt-atsaukimas-1 v2', () => {
  it('states the effect on receipt and Art. 7(3) without two "jis"', async () => {
    const text = pdfText(await withdrawalFile('lt-atsaukimas-1', 2, LT_INSTITUTION));
    expect(text).toContain('atšaukiu sutikimą, duotą dėl savo sūnaus / dukters Ąžuolas Šimkus');
    expect(text).toContain(
      'Atšaukimas įsigalioja tą dieną, kai jį gauna įstaiga. Sutikimo atšaukimas neturi įtakos sutikimu grįsto asmens duomenų, nuotraukų ir filmavimo įrašų naudojimo, vykdyto iki atšaukimo, teisėtumui.',
    );
    expect(text).toContain('Atšaukiamas sutikimas, duotas formoje: F-3333-4444');
    expect(text).toContain('Duomenų valdytojas: Lopšelis-darželis „Saulutė“');
    expect(text).toContain('Duomenų valdytojo atstovas: direktorė Rūta Žemaitė');
    expect(text).not.toMatch(/Jis neturi|kai jis buvo/);
  });
});

describe('lv-veidlapa-1 v2 and lv-atsaukums-1 v2', () => {
  it('print "publikācijās" and keep the seed\'s "Pārzinis:" line', async () => {
    const consent = await consentText('lv-veidlapa-1', 2, TEST_INSTITUTION);
    const withdrawal = pdfText(await withdrawalFile('lv-atsaukums-1', 2, TEST_INSTITUTION));
    for (const text of [consent, withdrawal]) {
      expect(text).toContain('gadagrāmatās, publikācijās, interneta mājas lapā');
      expect(text).not.toContain('publikācijām');
      expect(text).toContain(`Pārzinis: ${TEST_INSTITUTION.controllerName}`);
    }
    expect(consent).toContain('lv-veidlapa-1 v2');
    expect(await consentText('lv-veidlapa-1', 1, TEST_INSTITUTION)).toContain('publikācijām');
  });
});
