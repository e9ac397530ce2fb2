// Sample request letters and access reports in Latvian and Lithuanian, with fictional people and
// institutions. Used by `npm run samples` and by tests/unit/pdf/request-letters.test.ts.
import type {
  AccessReportInput,
  FormInstitution,
  PdfFonts,
  RequestLetterInput,
} from '../shared/pdf/index';
import { LETTER_KINDS, type LetterKind } from '../shared/requests/types';

export const LV_INSTITUTION: FormInstitution = {
  name: 'Pirmsskolas izglītības iestāde «Saulīte»',
  registrationNumber: '40000012345',
  address: 'Liepu iela 7, Ķekava, LV-2123',
  phone: '67000000',
  email: 'saulite@example.lv',
  controllerName: 'iestādes vadītāja Dace Liepiņa',
  operatorName: 'lietvede Ilze Kalniņa',
  recipients: 'medicīnas māsa, grāmatvede, grupu skolotājas.',
};

export const LT_INSTITUTION: FormInstitution = {
  name: 'Lopšelis-darželis «Ąžuoliukas»',
  registrationNumber: '190012345',
  address: 'Ąžuolų g. 5, LT-01100 Vilnius',
  phone: '+370 5 2000000',
  email: 'azuoliukas@example.lt',
  controllerName: 'direktorė Rūta Žemaitienė',
  operatorName: 'raštvedė Eglė Šimkienė',
  recipients: 'sveikatos priežiūros specialistė, buhalterė, auklėtojos.',
};

const LETTER_CONTENT: Record<LetterKind, Partial<RequestLetterInput>> = {
  acknowledgement: { dueDate: '2026-04-15' },
  clarification: {
    clarification:
      'apliecināt savu identitāti un norādīt, par kuru laikposmu vēlaties saņemt informāciju par bērna fotogrāfijām.',
  },
  extension: {
    extension: {
      months: 2,
      dueDate: '2026-06-15',
      reasons:
        'pieprasījums aptver vairāku gadu piekrišanu vēsturi un arhivētus dokumentus, kas jāpārbauda papīra formā.',
    },
  },
  answer: {
    answer:
      'pielikumā nosūtām pārskatu par visiem personas datiem, ko iestāde apstrādā par Elīzu Zariņu, tostarp piekrišanu vēsturi un saņēmējiem, kuriem dati izpausti.',
    attachments: ['Informācija par personas datu apstrādi Nr. 2026/7-P (VDAR 15. pants), 3 lapas'],
  },
  refusal: {
    refusal: {
      reasons: ['rights-of-others', 'erasure-exemption'],
      partial: true,
      explanation:
        'Grupas fotogrāfijās redzami arī citi bērni, tāpēc tās izsniedzam tikai ar aizklātām citu bērnu sejām.',
    },
  },
};

/** One letter of each kind in Latvian for request 2026/7. */
export const lvLetter = (kind: LetterKind, fonts: PdfFonts): RequestLetterInput => ({
  kind,
  language: 'lv',
  institution: LV_INSTITUTION,
  letterNumber: `2026/7-${LETTER_KINDS.indexOf(kind) + 1}`,
  date: '2026-03-16',
  addressee: ['Ieva Zariņa', 'Bērzu iela 12-5, Ķekava, LV-2123'],
  request: {
    number: '2026/7',
    receivedOn: '2026-03-15',
    type: kind === 'refusal' ? 'erasure' : 'access',
    dataSubject: 'Elīza Zariņa',
  },
  ...LETTER_CONTENT[kind],
  fonts,
});

const LT_CONTENT: Record<LetterKind, Partial<RequestLetterInput>> = {
  acknowledgement: { dueDate: '2026-04-14' },
  clarification: {
    clarification:
      'patvirtinti savo tapatybę ir nurodyti, kokio laikotarpio informacijos pageidaujate.',
  },
  extension: {
    extension: {
      months: 1,
      dueDate: '2026-05-14',
      reasons: 'prašymas apima kelerių metų sutikimų istoriją ir archyvinius dokumentus.',
    },
  },
  answer: {
    answer:
      'pridedame ataskaitą apie visus asmens duomenis, kuriuos įstaiga tvarko apie Ąžuolą Šimkų.',
    attachments: ['Informacija apie asmens duomenų tvarkymą Nr. 2026/3-P (BDAR 15 straipsnis)'],
  },
  refusal: { refusal: { reasons: ['manifestly-unfounded'], partial: false } },
};

export const ltLetter = (kind: LetterKind, fonts: PdfFonts): RequestLetterInput => ({
  kind,
  language: 'lt',
  institution: LT_INSTITUTION,
  letterNumber: `2026/3-${LETTER_KINDS.indexOf(kind) + 1}`,
  date: '2026-03-16',
  addressee: ['Jurgita Šimkienė', 'jurgita.simkiene@example.lt'],
  request: {
    number: '2026/3',
    receivedOn: '2026-03-15',
    type: 'access',
    dataSubject: 'Ąžuolas Šimkus',
  },
  ...LT_CONTENT[kind],
  fonts,
});

/** The Art. 15 report for Elīza Zariņa; `consentEvents` sets how many ledger events it has. */
export const lvAccessReport = (fonts: PdfFonts, consentEvents = 6): AccessReportInput => {
  const purposes = [
    'Fotogrāfijas un filmēšanas ieraksti, to izvietošana iestādes telpās',
    'Fotogrāfiju un filmēšanas ierakstu publicēšana (dokumenti, gadagrāmatas, mājas lapa)',
    'Vārda un uzvārda publicēšana (dokumenti, gadagrāmatas, mājas lapa)',
  ];
  const kinds = ['granted', 'withdrawn', 'granted', 'refused'] as const;
  return {
    language: 'lv',
    institution: LV_INSTITUTION,
    institutionKind: 'kindergarten',
    reportNumber: '2026/7-P',
    date: '2026-03-20',
    requestNumber: '2026/7',
    person: {
      givenNames: 'Elīza',
      familyName: 'Zariņa',
      personalCode: '010120-20005',
      birthDate: '2020-01-01',
      group: 'Zīļuki (4–5 gadi)',
      enrolledOn: '2023-09-01',
      status: 'active',
      notes: 'Ēd bezglutēna ēdienu.',
      healthNotes: 'Alerģija pret riekstiem; epinefrīna pildspalva grupas skapītī.',
    },
    representatives: [
      {
        givenNames: 'Ieva',
        familyName: 'Zariņa',
        relation: 'mother',
        personalCode: '150588-10004',
        phone: '+371 20000001',
        email: 'ieva.zarina@example.lv',
        address: 'Bērzu iela 12-5, Ķekava, LV-2123',
      },
      { givenNames: 'Ģirts', familyName: 'Zariņš', relation: 'father', phone: '+371 20000002' },
    ],
    consents: purposes.map((purpose, p) => ({
      purpose,
      state: p === 1 ? 'withdrawn' : 'granted',
      // Events are dealt round-robin over the purposes: event i belongs to purpose i mod 3.
      events: Array.from({ length: consentEvents }, (_, i) => i)
        .filter((i) => i % purposes.length === p)
        .map((i) => ({
          on: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-0${1 + p}`,
          kind: kinds[i % kinds.length] ?? 'granted',
          representative: i % 2 === 0 ? 'Ieva Zariņa' : 'Ģirts Zariņš',
          channel: i % 3 === 0 ? ('in-writing' as const) : ('in-person' as const),
          ...(i % 2 === 0 ? { formId: 'F-7KQ2-9MXD' } : {}),
        })),
    })),
    forms: [
      {
        formId: 'F-7KQ2-9MXD',
        template: 'Veidlapa Nr. 1 (lv-veidlapa-1 v1)',
        issuedOn: '2023-09-01',
      },
      {
        formId: 'F-3QWE-8RTY',
        template: 'Piekrišanas atsaukums (lv-atsaukums-1 v1)',
        issuedOn: '2025-02-10',
      },
    ],
    requests: [
      {
        number: '2025/2',
        type: 'rectification',
        receivedOn: '2025-05-06',
        status: 'answered',
        answeredOn: '2025-05-12',
      },
      { number: '2026/7', type: 'access', receivedOn: '2026-03-15', status: 'in-progress' },
    ],
    recipients: [
      {
        on: '2024-10-03',
        recipient: 'Ķekavas novada pašvaldība, Izglītības pārvalde',
        categories: ['identity', 'identifiers'],
        legalBasis: 'legal-obligation',
      },
      {
        on: '2025-05-20',
        recipient: 'Valsts izglītības informācijas sistēma (VIIS)',
        categories: ['identity', 'identifiers', 'contacts'],
        legalBasis: 'legal-obligation',
      },
    ],
    lastCorrectedOn: '2025-05-12',
    fonts,
  };
};
