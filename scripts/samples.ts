// Writes sample PDFs (and PNG previews when pdftoppm is installed) into samples/.
// Run: npx tsx scripts/samples.ts. All names and the institution are fictional.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadBundledTemplates,
  makeFormId,
  renderConsentForms,
  renderGroupSheet,
  renderAccessReport,
  renderRecoverySheet,
  renderRequestLetter,
  renderWithdrawalForm,
  templatePurposes,
  type ConsentTemplate,
  type GroupSheetState,
  type FormInstitution,
  type PdfFonts,
  type WithdrawalTemplate,
} from '../shared/pdf/index';
import { LETTER_KINDS } from '../shared/requests/types';
import { writeClientSamples } from './client-samples';
import { ltLetter, lvAccessReport, lvLetter } from './request-samples';

const root = fileURLToPath(new URL('..', import.meta.url));

export const loadFonts = (): PdfFonts => {
  const font = (file: string) => new Uint8Array(readFileSync(join(root, 'resources/fonts', file)));
  return {
    regular: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    mono: font('DejaVuSansMono.ttf'),
  };
};

export const SAMPLE_INSTITUTION: FormInstitution = {
  name: 'Ķekavas novada pirmsskolas izglītības iestāde «Saulīte»',
  registrationNumber: '4000012345',
  address: 'Liepu iela 7, Ķekava, Ķekavas novads, LV-2123',
  phone: '67000000',
  email: 'saulite@example.lv',
  controllerName: 'iestādes vadītāja Dace Liepiņa',
  operatorName: 'lietvede Ilze Kalniņa',
  recipients: 'medicīnas māsa, grāmatvede, izglītības metodiķe, grupu skolotājas.',
};

export const LT_SAMPLE_INSTITUTION: FormInstitution = {
  ...SAMPLE_INSTITUTION,
  name: 'Lopšelis-darželis „Saulutė“',
  registrationNumber: '190012345',
  address: 'Liepų g. 7, Kaunas',
  email: 'saulute@example.lt',
  controllerName: 'direktorė Rūta Žemaitė',
  operatorName: 'raštvedė Aušra Kęstutienė',
  recipients: 'slaugytoja, buhalterė, metodininkė, grupių auklėtojos.',
};

const GIVEN = [
  'Jānis',
  'Līga',
  'Mārtiņš',
  'Elīza',
  'Krišjānis',
  'Anna',
  'Ēriks',
  'Katrīna',
  'Roberts',
  'Sofija',
  'Gustavs',
  'Alise',
  'Ņikita',
  'Marta',
  'Dāvis',
  'Emīlija',
  'Kārlis',
  'Šarlote',
  'Rūdolfs',
  'Paula',
  'Toms',
  'Agate',
  'Oskars',
  'Žanete',
  'Ģirts',
];
const FAMILY = [
  'Ozoliņš',
  'Bērziņa',
  'Kalniņš',
  'Zariņa',
  'Liepiņš',
  'Krūmiņa',
  'Āboliņš',
  'Šmite',
  'Vītols',
  'Ķēniņa',
  'Jansons',
  'Eglīte',
  'Čakste',
  'Ūdre',
  'Grīnbergs',
  'Ļaviņa',
  'Vanags',
  'Dūmiņa',
  'Siliņš',
  'Priede',
  'Žagars',
  'Skujiņa',
  'Miezis',
  'Ezeriņa',
  'Gailis',
];
const MOTHERS = ['Inga', 'Sanda', 'Ieva', 'Gunta', 'Ilona'];
const FATHERS = ['Pēteris', 'Andris', 'Māris', 'Uldis', 'Edgars'];

/** A parent whose first name agrees with the (gendered) Latvian surname. */
const parentName = (family: string, index: number): string => {
  const names = /[ae]$/.test(family) ? MOTHERS : FATHERS;
  return `${names[index % names.length] ?? ''} ${family}`;
};

/** Deterministic "random" bytes so the samples are stable between runs (bijective in seed). */
const pseudoRandom = (seed: number): Uint8Array => {
  const mixed = Math.imul(seed, 0x9e3779b1) >>> 0;
  return Uint8Array.from([
    mixed >>> 24,
    (mixed >>> 16) & 255,
    (mixed >>> 8) & 255,
    mixed & 255,
    (seed * 31) & 255,
  ]);
};

export const sampleEntries = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    formId: makeFormId(pseudoRandom(index + 1)),
    childName: `${GIVEN[index % GIVEN.length] ?? ''} ${FAMILY[index % FAMILY.length] ?? ''}`,
    representativeName: parentName(FAMILY[index % FAMILY.length] ?? '', index),
  }));

const write = (dir: string, name: string, bytes: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '2',
      file,
      file.replace(/\.pdf$/, ''),
    ]);
  } catch {
    console.warn('pdftoppm not available: no PNG preview for', name);
  }
  console.log(`${name}: ${bytes.length} bytes`);
};

const main = async () => {
  const dir = join(root, 'samples');
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts();
  const templates = loadBundledTemplates();
  const lv = templates.latest('lv-veidlapa-1') as ConsentTemplate;
  const lt = templates.latest('lt-sutikimas-1') as ConsentTemplate;
  const withdrawal = templates.latest('lv-atsaukums-1') as WithdrawalTemplate;
  const ltWithdrawal = templates.latest('lt-atsaukimas-1') as WithdrawalTemplate;
  const generatedOn = '2025-09-01';
  const base = { institution: SAMPLE_INSTITUTION, fonts, generatedOn };
  const entries = sampleEntries(25);
  const first = entries[0] ?? { formId: 'F-0000-0000' };

  write(
    dir,
    'veidlapa-1-blank.pdf',
    await renderConsentForms({ ...base, template: lv, entries: [{ formId: first.formId }] }),
  );
  write(
    dir,
    'veidlapa-1-filled.pdf',
    await renderConsentForms({ ...base, template: lv, entries: [first] }),
  );
  write(
    dir,
    'veidlapa-1-group-25.pdf',
    await renderConsentForms({ ...base, template: lv, entries }),
  );
  write(
    dir,
    'sutikimas-lt.pdf',
    await renderConsentForms({
      ...base,
      template: lt,
      institution: LT_SAMPLE_INSTITUTION,
      entries: [
        {
          formId: makeFormId(pseudoRandom(99)),
          childName: 'Ąžuolas Šimkus',
          representativeName: 'Gintarė Šimkienė',
        },
      ],
    }),
  );
  write(
    dir,
    'atsaukums.pdf',
    await renderWithdrawalForm({
      ...base,
      template: withdrawal,
      entry: {
        ...first,
        formId: makeFormId(pseudoRandom(200)),
        purposeIds: ['photo-publish', 'name-publish'],
        originalFormId: first.formId,
      },
    }),
  );
  write(
    dir,
    'atsaukimas-lt.pdf',
    await renderWithdrawalForm({
      ...base,
      institution: LT_SAMPLE_INSTITUTION,
      template: ltWithdrawal,
      entry: {
        formId: makeFormId(pseudoRandom(201)),
        childName: 'Ąžuolas Šimkus',
        representativeName: 'Gintarė Šimkienė',
        purposeIds: ['photo-publish'],
        originalFormId: makeFormId(pseudoRandom(99)),
      },
    }),
  );
  await writeClientSamples(fonts, generatedOn, (name, bytes) => {
    write(dir, name, bytes);
  });
  write(
    dir,
    'atkopsanas-atslega.pdf',
    await renderRecoverySheet({
      institutionName: SAMPLE_INSTITUTION.name,
      recoveryCode: 'K7QD-2MXF-9TZB-4HWA-PR3N-6YVC-8JEG-5SXM',
      createdOn: generatedOn,
      fonts,
      language: 'lv',
    }),
  );
  write(
    dir,
    'atkurimo-raktas-lt.pdf',
    await renderRecoverySheet({
      institutionName: LT_SAMPLE_INSTITUTION.name,
      recoveryCode: 'K7QD-2MXF-9TZB-4HWA-PR3N-6YVC-8JEG-5SXM',
      createdOn: generatedOn,
      fonts,
      language: 'lt',
    }),
  );
  const states: GroupSheetState[] = [
    'granted',
    'granted',
    'refused',
    'granted',
    'withdrawn',
    'granted',
    'none',
  ];
  const sheetRows = entries.map((entry, index) => ({
    name: entry.childName,
    states: Object.fromEntries(
      templatePurposes(lv).map((purpose, p) => [
        purpose.id,
        states[(index * 3 + p * 5) % states.length] ?? 'none',
      ]),
    ),
  }));
  write(
    dir,
    'grupas-saraksts.pdf',
    await renderGroupSheet({
      institution: SAMPLE_INSTITUTION,
      groupName: 'Zvaniņi',
      onDate: generatedOn,
      purposes: templatePurposes(lv),
      rows: sheetRows,
      fonts,
      language: 'lv',
    }),
  );
  write(
    dir,
    'grupes-sarasas-lt.pdf',
    await renderGroupSheet({
      institution: LT_SAMPLE_INSTITUTION,
      groupName: 'Boružėlės',
      onDate: generatedOn,
      purposes: templatePurposes(lt),
      rows: sheetRows,
      fonts,
      language: 'lt',
    }),
  );
  for (const kind of LETTER_KINDS) {
    write(dir, `vestule-${kind}-lv.pdf`, await renderRequestLetter(lvLetter(kind, fonts)));
    write(dir, `rastas-${kind}-lt.pdf`, await renderRequestLetter(ltLetter(kind, fonts)));
  }
  write(dir, 'piekluves-parskats.pdf', await renderAccessReport(lvAccessReport(fonts, 12)));
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
