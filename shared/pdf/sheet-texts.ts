// The printed words of the two sheets that are not form templates: the staff-room group sheet
// and the recovery-key sheet. They print in the institution's language (a Lithuanian
// kindergarten gets a Lithuanian sheet), with English for completeness. Dates follow each
// language's own way of writing them (shared/text formatDate).
import type { GroupSheetState } from './types';

export const SHEET_LANGUAGES = ['lv', 'lt', 'en'] as const;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];

/** The language an institution's printed documents use: its country's ('LV' | 'LT'). */
export const documentLanguage = (country: string): 'lv' | 'lt' => (country === 'LT' ? 'lt' : 'lv');

export type GroupSheetTexts = {
  readonly title: string;
  readonly heading: string;
  readonly groupLine: (group: string, date: string) => string;
  readonly mustNot: string;
  readonly allAllowed: string;
  readonly states: Readonly<Record<GroupSheetState, string>>;
  readonly legend: string;
  readonly number: string;
  readonly name: string;
  readonly footer: (date: string) => string;
  readonly page: string;
};

export const GROUP_SHEET_TEXTS: Readonly<Record<SheetLanguage, GroupSheetTexts>> = {
  lv: {
    title: 'Grupas saraksts',
    heading: 'Piekrišanas fotografēšanai un fotogrāfiju, vārda un uzvārda publicēšanai',
    groupLine: (group, date) => `Grupa: ${group}   ·   stāvoklis uz ${date}`,
    mustNot: 'Šos bērnus NEDRĪKST:',
    allAllowed: '— (visi drīkst)',
    states: {
      granted: 'drīkst',
      refused: 'NEDRĪKST',
      withdrawn: 'ATSAUKTA',
      none: 'NAV ATBILDES',
    },
    legend:
      '✓ drīkst: piekrišana dota.  ✗ NEDRĪKST: atteikts.  ⊘ ATSAUKTA: piekrišana atsaukta, nedrīkst.  ? NAV ATBILDES: veidlapa nav atgriezta, nedrīkst.',
    number: 'Nr.',
    name: 'Vārds, uzvārds',
    footer: (date) =>
      `Konfidenciāli: tikai iestādes darbiniekiem. Stāvoklis uz ${date}; pēc izmaiņām izdrukāt no jauna, veco iznīcināt.`,
    page: 'lapa',
  },
  lt: {
    title: 'Grupės sąrašas',
    heading: 'Sutikimai fotografuoti ir skelbti nuotraukas, vardą ir pavardę',
    groupLine: (group, date) => `Grupė: ${group}   ·   ${date} duomenimis`,
    mustNot: 'Šiems vaikams NEGALIMA:',
    allAllowed: '— (visiems galima)',
    states: {
      granted: 'galima',
      refused: 'NEGALIMA',
      withdrawn: 'ATŠAUKTAS',
      none: 'NĖRA ATSAKYMO',
    },
    legend:
      '✓ galima: sutikimas duotas.  ✗ NEGALIMA: nesutikta.  ⊘ ATŠAUKTAS: sutikimas atšauktas, negalima.  ? NĖRA ATSAKYMO: forma negrąžinta, negalima.',
    number: 'Nr.',
    name: 'Vardas, pavardė',
    footer: (date) =>
      `Konfidencialu: tik įstaigos darbuotojams. ${date} duomenimis; pasikeitus atspausdinti iš naujo, senąjį sunaikinti.`,
    page: 'lapas',
  },
  en: {
    title: 'Group sheet',
    heading: 'Consents to photographs and to publishing photos and names',
    groupLine: (group, date) => `Group: ${group}   ·   as of ${date}`,
    mustNot: 'NOT allowed for these children:',
    allAllowed: '— (all allowed)',
    states: {
      granted: 'allowed',
      refused: 'NOT ALLOWED',
      withdrawn: 'WITHDRAWN',
      none: 'NO ANSWER',
    },
    legend:
      '✓ allowed: consent given.  ✗ NOT ALLOWED: refused.  ⊘ WITHDRAWN: consent withdrawn, not allowed.  ? NO ANSWER: form not returned, not allowed.',
    number: 'No.',
    name: 'Name',
    footer: (date) =>
      `Confidential: for the institution's staff only. As of ${date}; after any change print it again and destroy the old one.`,
    page: 'page',
  },
};

export type RecoverySheetTexts = {
  readonly title: string;
  readonly createdOn: (date: string) => string;
  readonly confidential: string;
  readonly sections: readonly (readonly [heading: string, body: string])[];
  readonly storedBy: string;
  readonly signatureCaption: string;
};

export const RECOVERY_SHEET_TEXTS: Readonly<Record<SheetLanguage, RecoverySheetTexts>> = {
  lv: {
    title: 'Atkopšanas atslēga',
    createdOn: (date) => `Izveidota ${date}`,
    confidential: 'Konfidenciāli. Glabāt seifā.',
    sections: [
      [
        'Kas tā ir',
        'Atkopšanas atslēga atver šīs iestādes šifrēto reģistru, ja vadītāja ir aizmirsusi paroli. Tā dod piekļuvi visiem datiem par bērniem un viņu likumiskajiem pārstāvjiem, tāpēc sargājiet to kā iestādes zīmogu un seifa atslēgu.',
      ],
      [
        'Kur glabāt',
        'Aizslēgtā seifā, atsevišķi no datora. Nekopējiet, nefotografējiet un nesūtiet to pa e-pastu vai tālruni. Neglabājiet to datorā.',
      ],
      [
        'Kā lietot',
        'Pieteikšanās ekrānā izvēlieties «Atvērt ar atkopšanas atslēgu», ievadiet šo atslēgu (lielie vai mazie burti un atstarpes nav svarīgi) un iestatiet jaunu paroli. Pēc tam ielieciet šo lapu atpakaļ seifā.',
      ],
      [
        'Ja atslēga pazaudēta vai to redzējis kāds cits',
        'Nekavējoties izveidojiet jaunu atkopšanas atslēgu lietotnes sadaļā «Iestatījumi» → «Atkopšanas atslēga» un izdrukājiet jaunu lapu. Vecā atslēga pēc tam vairs nedarbojas; šo lapu iznīciniet.',
      ],
    ],
    storedBy: 'Izdrukāja un seifā ievietoja:',
    signatureCaption: '(datums, paraksts, atšifrējums)',
  },
  lt: {
    title: 'Atkūrimo raktas',
    createdOn: (date) => `Sukurtas ${date}`,
    confidential: 'Konfidencialu. Laikyti seife.',
    sections: [
      [
        'Kas tai yra',
        'Atkūrimo raktas atveria šios įstaigos šifruotą registrą, jei vadovė pamiršo slaptažodį. Jis suteikia prieigą prie visų duomenų apie vaikus ir jų teisėtus atstovus, todėl saugokite jį kaip įstaigos antspaudą ir seifo raktą.',
      ],
      [
        'Kur laikyti',
        'Užrakintame seife, atskirai nuo kompiuterio. Nekopijuokite, nefotografuokite ir nesiųskite jo el. paštu ar telefonu. Nelaikykite jo kompiuteryje.',
      ],
      [
        'Kaip naudoti',
        'Prisijungimo ekrane pasirinkite „Atverti atkūrimo raktu“, įveskite šį raktą (didžiosios ar mažosios raidės ir tarpai nesvarbūs) ir nustatykite naują slaptažodį. Po to padėkite šį lapą atgal į seifą.',
      ],
      [
        'Jei raktas pamestas arba jį matė kas nors kitas',
        'Nedelsdami sukurkite naują atkūrimo raktą programos skyriuje „Nustatymai“ → „Atkūrimo raktas“ ir išspausdinkite naują lapą. Senasis raktas po to nebeveikia; šį lapą sunaikinkite.',
      ],
    ],
    storedBy: 'Atspausdino ir į seifą įdėjo:',
    signatureCaption: '(data, parašas, vardas ir pavardė)',
  },
  en: {
    title: 'Recovery key',
    createdOn: (date) => `Created ${date}`,
    confidential: 'Confidential. Keep in the safe.',
    sections: [
      [
        'What it is',
        "The recovery key opens this institution's encrypted register if the head has forgotten her password. It gives access to all data about the children and their legal representatives, so guard it like the institution's stamp and the key to the safe.",
      ],
      [
        'Where to keep it',
        'In a locked safe, away from the computer. Do not copy it, photograph it or send it by e-mail or phone. Do not keep it on the computer.',
      ],
      [
        'How to use it',
        'On the sign-in screen choose “Open with the recovery key”, type this key (capital or small letters and spaces do not matter) and set a new password. Then put this sheet back in the safe.',
      ],
      [
        'If the key is lost or someone else has seen it',
        'At once create a new recovery key in the app under “Settings” → “Recovery key” and print a new sheet. The old key then stops working; destroy this sheet.',
      ],
    ],
    storedBy: 'Printed and put in the safe by:',
    signatureCaption: '(date, signature, name)',
  },
};
