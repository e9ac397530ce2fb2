// Sample PDFs of a social office's client forms (issue 11 item 5) for `npm run samples`: the
// Latvian consent form signed by the client and by a guardian, the Lithuanian one, and the
// client's own withdrawal form. Invented office and people only.
import {
  loadBundledTemplates,
  renderConsentForms,
  renderWithdrawalForm,
  type ConsentTemplate,
  type FormInstitution,
  type PdfFonts,
  type WithdrawalTemplate,
} from '../shared/pdf/index';

const LV_OFFICE: FormInstitution = {
  name: 'Ziedkalnes novada sociālais dienests',
  registrationNumber: '90001234567',
  address: 'Ozolu iela 3, Ziedkalne, LV-3001',
  phone: '63000000',
  email: 'dienests@example.lv',
  controllerName: 'vadītāja Inese Ozoliņa',
  operatorName: 'sociālā darbiniece Līga Bērziņa',
  recipients:
    'sociālie darbinieki, pasākumu līdzorganizatori, pašvaldības sabiedrisko attiecību nodaļa.',
};

const LT_OFFICE: FormInstitution = {
  ...LV_OFFICE,
  name: 'Socialinių paslaugų centras „Šaltinis“',
  registrationNumber: '190012345',
  address: 'Liepų g. 7, Šiauliai',
  phone: '+370 41 000000',
  email: 'centras@example.lt',
  controllerName: 'direktorė Rūta Žemaitė',
  operatorName: 'socialinė darbuotoja Aušra Kęstutienė',
  recipients: 'socialiniai darbuotojai, renginių bendraorganizatoriai.',
};

/** Writes the client samples through `write(name, bytes)` (which also renders PNG previews). */
export const writeClientSamples = async (
  fonts: PdfFonts,
  generatedOn: string,
  write: (name: string, bytes: Uint8Array) => void,
): Promise<void> => {
  const templates = loadBundledTemplates();
  const consent = (id: string) => templates.latest(id) as ConsentTemplate;
  write(
    'klienta-piekrisana-lv.pdf',
    await renderConsentForms({
      template: consent('lv-klienta-piekrisana-1'),
      institution: LV_OFFICE,
      fonts,
      generatedOn,
      entries: [
        { formId: 'F-K1EN-TA01', childName: 'Jānis Ērglis', subjectSigns: true },
        { formId: 'F-K1EN-TA02', childName: 'Pēteris Ļaudis', representativeName: 'Ģirts Šņore' },
      ],
    }),
  );
  write(
    'kliento-sutikimas-lt.pdf',
    await renderConsentForms({
      template: consent('lt-kliento-sutikimas-1'),
      institution: LT_OFFICE,
      fonts,
      generatedOn,
      entries: [{ formId: 'F-K1EN-TA03', childName: 'Ąžuolas Čiurlionis', subjectSigns: true }],
    }),
  );
  write(
    'klienta-atsaukums-lv.pdf',
    await renderWithdrawalForm({
      template: templates.latest('lv-klienta-atsaukums-1') as WithdrawalTemplate,
      institution: LV_OFFICE,
      fonts,
      generatedOn,
      entry: {
        formId: 'F-K1EN-TA04',
        childName: 'Jānis Ērglis',
        subjectSigns: true,
        purposeIds: ['photo-video-publish'],
        originalFormId: 'F-K1EN-TA01',
      },
    }),
  );
};
