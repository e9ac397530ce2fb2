// A social office's client forms (issue 11 item 5): the consent and withdrawal templates in
// Latvian and Lithuanian, signed by the client unless a representative is recorded, as
// pdftotext, pdffonts and qpdf read the printed PDFs.
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadBundledTemplates,
  renderConsentForms,
  renderWithdrawalForm,
  templateInstitutionKind,
  type ConsentFormEntry,
  type ConsentTemplate,
  type FormInstitution,
  type WithdrawalTemplate,
} from '@shared/pdf/index';
import {
  loadTestFonts,
  pdfFonts,
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

const LV_OFFICE: FormInstitution = {
  name: 'Sociālais dienests «Ziedkalne»',
  registrationNumber: '90001234567',
  address: 'Ozolu iela 3, Ziedkalne, LV-3001',
  phone: '63000000',
  email: 'dienests@example.lv',
  controllerName: 'vadītāja Inese Ozoliņa',
  operatorName: 'sociālā darbiniece Līga Bērziņa',
  recipients: 'sociālie darbinieki, pasākumu līdzorganizatori.',
};
const LT_OFFICE: FormInstitution = {
  name: 'Socialinių paslaugų centras „Šaltinis“',
  registrationNumber: '190012345',
  address: 'Liepų g. 7, Šiauliai',
  phone: '+370 41 000000',
  email: 'centras@example.lt',
  controllerName: 'direktorė Rūta Žemaitė',
  operatorName: 'socialinė darbuotoja Aušra Kęstutienė',
  recipients: 'socialiniai darbuotojai, renginių bendraorganizatoriai.',
};
const LONG_NAME =
  'Anna-Marija Katrīna Ēvaldīne Šķērsteniece-Žvīgure-Ļaudupe-Ģērmane-Čakstiņa-Ņikiforova';

const consent = (id: string) => templates.latest(id) as ConsentTemplate;
const withdrawal = (id: string) => templates.latest(id) as WithdrawalTemplate;

const consentFile = async (
  name: string,
  id: string,
  institution: FormInstitution,
  entries: ConsentFormEntry[],
) =>
  writePdf(
    dir,
    `${name}.pdf`,
    await renderConsentForms({
      template: consent(id),
      institution,
      entries,
      fonts,
      generatedOn: '2026-12-01',
    }),
  );

describe('the client consent templates', () => {
  it("are for a social office, marked for the institution's review, in LV and LT", () => {
    for (const id of [
      'lv-klienta-piekrisana-1',
      'lt-kliento-sutikimas-1',
      'lv-klienta-atsaukums-1',
      'lt-kliento-atsaukimas-1',
    ]) {
      const template = templates.latest(id);
      expect(templateInstitutionKind(template)).toBe('socialOffice');
      expect(template.reviewRequired).toBe(true);
      expect(template.reviewNote).toMatch(/review/);
      expect(template.selfSigned).toBeDefined();
      expect(template.language).toBe(id.slice(0, 2));
    }
    expect(templateInstitutionKind(templates.latest('lv-veidlapa-1'))).toBe('kindergarten');
    expect(templates.latest('lv-veidlapa-1').selfSigned).toBeUndefined();
  });
});

describe('a client consent form in Latvian', () => {
  it('is signed by the client when no representative is recorded: one name line, "klienta paraksts"', async () => {
    const file = await consentFile('lv-self', 'lv-klienta-piekrisana-1', LV_OFFICE, [
      { formId: 'F-1111-2222', childName: 'Jānis Ērglis', subjectSigns: true },
    ]);
    const text = pdfText(file);
    expect(text).toContain('Klienta PIEKRIŠANA');
    expect(text).toContain('Es, Jānis Ērglis (klienta vārds, uzvārds)');
    expect(text).toContain('(datums, klienta paraksts, atšifrējums)');
    expect(text).not.toContain('pārstāvot klientu');
    expect(text).not.toContain('likumiskā pārstāvja');
    expect(text).toContain(
      'Piekrītu / nepiekrītu (vajadzīgo pasvītrot) klienta fotografēšanai, filmēšanai un audiovizuālai fiksācijai iestādes rīkotajos pasākumos un aktivitātēs.',
    );
    expect(text).toContain('klienta dalībai iestādes rīkotajos pasākumos');
    expect(text).toContain('Pārzinis: Sociālais dienests «Ziedkalne»');
    expect(text).toContain('Pārziņa pārstāvis: vadītāja Inese Ozoliņa');
    expect(text).toContain('lv-klienta-piekrisana-1 v1');
    expect(pdfWords(file)).toHaveLength(1);
  });

  it('is signed by the representative when one is recorded, and the signature block says so', async () => {
    const text = pdfText(
      await consentFile('lv-rep', 'lv-klienta-piekrisana-1', LV_OFFICE, [
        { formId: 'F-1111-2223', childName: 'Pēteris Ļaudis', representativeName: 'Ģirts Šņore' },
      ]),
    );
    expect(text).toContain(
      'Es, Ģirts Šņore (klienta likumiskā pārstāvja vai aizbildņa vārds, uzvārds) pārstāvot klientu Pēteris Ļaudis (klienta vārds, uzvārds)',
    );
    expect(text).toContain('(datums, likumiskā pārstāvja vai aizbildņa paraksts, atšifrējums)');
    expect(text).not.toContain('klienta paraksts');
  });

  it('wraps a long name over ruled lines, embeds the fonts and passes qpdf', async () => {
    const file = await consentFile('lv-long', 'lv-klienta-piekrisana-1', LV_OFFICE, [
      { formId: 'F-1111-2224', childName: LONG_NAME, subjectSigns: true },
      { formId: 'F-1111-2225', childName: LONG_NAME, representativeName: LONG_NAME },
      { formId: 'F-1111-2226', childName: 'Jānis Ērglis', subjectSigns: true },
    ]);
    const text = pdfText(file);
    // Every letter of the name is printed (nothing clipped), twice on the representative's form.
    for (const part of LONG_NAME.split(/[ -]/))
      expect(text.split(part).length - 1, part).toBeGreaterThanOrEqual(3);
    const fontRows = pdfFonts(file);
    expect(fontRows.length).toBeGreaterThan(0);
    expect(fontRows.every((f) => f.embedded && f.subset)).toBe(true);
    expect(fontRows.map((f) => f.name).join(' ')).toContain('DejaVuSans');
    expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
    // Self-signed forms share one cached body, the representative's form its own layout.
    const pages = pdfWords(file);
    const signatureCaptions = pages.map(
      (p) =>
        p.words.some((w) => w.text === 'klienta') && p.words.some((w) => w.text === 'paraksts,'),
    );
    expect(signatureCaptions[0]).toBe(true);
    expect(signatureCaptions.at(-1)).toBe(true);
  });
});

describe('a client consent form in Lithuanian', () => {
  it("prints the Lithuanian letters and the client's own or the representative's signature caption", async () => {
    const text = pdfText(
      await consentFile('lt-both', 'lt-kliento-sutikimas-1', LT_OFFICE, [
        { formId: 'F-1111-2227', childName: 'Ąžuolas Čiurlionis', subjectSigns: true },
        {
          formId: 'F-1111-2228',
          childName: 'Žydrūnė Šimkienė',
          representativeName: 'Gintarė Ėglė Įgulienė',
        },
      ]),
    );
    expect(text).toContain('Kliento SUTIKIMAS');
    expect(text).toContain('Aš, Ąžuolas Čiurlionis (kliento vardas, pavardė)');
    expect(text).toContain('(data, kliento parašas, vardas ir pavardė)');
    expect(text).toContain(
      'Aš, Gintarė Ėglė Įgulienė (kliento teisėto atstovo ar globėjo vardas, pavardė) atstovaudamas (-a) klientui Žydrūnė Šimkienė',
    );
    expect(text).toContain('(data, teisėto atstovo ar globėjo parašas, vardas ir pavardė)');
    expect(text).toContain('kad klientas dalyvautų įstaigos organizuojamuose renginiuose');
    expect(text).toContain('Duomenų valdytojas: Socialinių paslaugų centras „Šaltinis“');
  });
});

describe('a client withdrawal form', () => {
  it('lets the client withdraw for themselves, with the lead before the items (LV and LT)', async () => {
    const lv = pdfText(
      writePdf(
        dir,
        'lv-withdrawal.pdf',
        await renderWithdrawalForm({
          template: withdrawal('lv-klienta-atsaukums-1'),
          institution: LV_OFFICE,
          entry: {
            formId: 'F-1111-2229',
            childName: 'Jānis Ērglis',
            subjectSigns: true,
            purposeIds: ['photo-video-publish'],
            originalFormId: 'F-1111-2222',
          },
          fonts,
        }),
      ),
    );
    expect(lv).toContain(
      'Es, Jānis Ērglis (klienta vārds, uzvārds) atsaucu piekrišanu, kas dota par manu personas datu apstrādi šādiem mērķiem:',
    );
    expect(lv).toContain('foto attēlu, video un audiovizuālo ierakstu publiskošana');
    expect(lv).not.toContain('dalība iestādes rīkotajos pasākumos');
    expect(lv).toContain('(datums, klienta paraksts, atšifrējums)');
    expect(lv).toContain('Atsauktā piekrišana dota veidlapā: F-1111-2222');
    const lt = pdfText(
      writePdf(
        dir,
        'lt-withdrawal.pdf',
        await renderWithdrawalForm({
          template: withdrawal('lt-kliento-atsaukimas-1'),
          institution: LT_OFFICE,
          entry: {
            formId: 'F-1111-2230',
            childName: 'Žydrūnė Šimkienė',
            representativeName: 'Gintarė Ėglė Įgulienė',
            purposeIds: ['event-participation'],
          },
          fonts,
        }),
      ),
    );
    expect(lt).toContain(
      'atšaukiu sutikimą, duotą dėl kliento Žydrūnė Šimkienė (kliento vardas, pavardė) asmens duomenų tvarkymo šiais tikslais:',
    );
    expect(lt).toContain('(data, teisėto atstovo ar globėjo parašas, vardas ir pavardė)');
  });
});

describe('a kindergarten form', () => {
  it('cannot be printed as self-signed: a child never signs Veidlapa Nr. 1', async () => {
    await expect(
      renderConsentForms({
        template: consent('lv-veidlapa-1'),
        institution: LV_OFFICE,
        entries: [{ formId: 'F-1111-2231', childName: 'Anna Liepa', subjectSigns: true }],
        fonts,
      }),
    ).rejects.toMatchObject({ code: 'validation', i18nKey: 'errors.pdf.selfSignedUnsupported' });
  });
});
