// The printed words of the archive hand-over act ("Arhīva nodošanas akts", issue 9 item 7) in the
// institution's language, with English for completeness. No person is named unless the head
// chooses to print the names.
import type { SheetLanguage } from './sheet-texts';

export type ArchiveActCategory = 'record' | 'contacts' | 'healthNotes' | 'consents' | 'evidence';

export type ArchiveActTexts = {
  readonly title: string;
  readonly number: string;
  readonly date: string;
  readonly handedOverBy: string;
  readonly personCount: string;
  readonly persons: string;
  readonly personsHidden: string;
  readonly categories: string;
  readonly category: Readonly<Record<ArchiveActCategory, string>>;
  readonly fileName: string;
  readonly fileHash: string;
  readonly fileSize: string;
  readonly code: string;
  readonly legalBasis: string;
  readonly kind: string;
  readonly count: string;
  readonly rows: Readonly<Record<'persons' | 'consentEvents' | 'scans' | 'files', string>>;
  readonly method: string;
  readonly handedOver: string;
  readonly received: string;
};

export const ARCHIVE_ACT_TEXTS: Readonly<Record<SheetLanguage, ArchiveActTexts>> = {
  lv: {
    title: 'Arhīva nodošanas akts',
    number: 'Akta numurs:',
    date: 'Datums:',
    handedOverBy: 'Nodeva:',
    personCount: 'Personu skaits:',
    persons: 'Personas:',
    personsHidden: 'vārdi aktā netiek norādīti',
    categories: 'Datu kategorijas:',
    category: {
      record: 'personas ieraksts',
      contacts: 'likumisko pārstāvju kontaktinformācija',
      healthNotes: 'veselības piezīmes',
      consents: 'piekrišanas un to vēsture',
      evidence: 'parakstīto dokumentu skenējumi',
    },
    fileName: 'Fails:',
    fileHash: 'Faila SHA-256:',
    fileSize: 'Faila izmērs (baiti):',
    code: 'Nodošanas kods:',
    legalBasis: 'Tiesiskais pamats:',
    kind: 'Saturs',
    count: 'Skaits',
    rows: {
      persons: 'Personu mapes (kopsavilkums PDF un dati JSON/CSV)',
      consentEvents: 'Piekrišanu notikumi',
      scans: 'Parakstīto dokumentu skenējumi',
      files: 'Faili paketē kopā',
    },
    method:
      'Fails ir šifrēts (AES-256-GCM, atslēga atvasināta ar Argon2id no nodošanas koda). To ' +
      'atver ar nodošanas kodu: npm run open-archive -- <fails> <kods> <mape>; faila uzbūve ' +
      'aprakstīta dokumentā docs/archive-format.md. Pirms pieņemšanas pārbaudiet, vai faila ' +
      'SHA-256 sakrīt ar aktā norādīto. Šajā aktā ir nodošanas kods: aktu nododiet atsevišķi no ' +
      'faila (ne vienā sūtījumā vai datu nesējā ar to); akta kopiju patur vadītāja.',
    handedOver: 'nodeva (vadītājas paraksts)',
    received: 'pieņēma (arhīva pārstāvja paraksts)',
  },
  lt: {
    title: 'Archyvo perdavimo aktas',
    number: 'Akto numeris:',
    date: 'Data:',
    handedOverBy: 'Perdavė:',
    personCount: 'Asmenų skaičius:',
    persons: 'Asmenys:',
    personsHidden: 'vardai akte nenurodomi',
    categories: 'Duomenų kategorijos:',
    category: {
      record: 'asmens įrašas',
      contacts: 'teisėtų atstovų kontaktiniai duomenys',
      healthNotes: 'sveikatos pastabos',
      consents: 'sutikimai ir jų istorija',
      evidence: 'pasirašytų dokumentų skenuotos kopijos',
    },
    fileName: 'Failas:',
    fileHash: 'Failo SHA-256:',
    fileSize: 'Failo dydis (baitai):',
    code: 'Perdavimo kodas:',
    legalBasis: 'Teisinis pagrindas:',
    kind: 'Turinys',
    count: 'Skaičius',
    rows: {
      persons: 'Asmenų aplankai (santrauka PDF ir duomenys JSON/CSV)',
      consentEvents: 'Sutikimų įvykiai',
      scans: 'Pasirašytų dokumentų skenuotos kopijos',
      files: 'Iš viso failų pakete',
    },
    method:
      'Failas šifruotas (AES-256-GCM, raktas gautas Argon2id iš perdavimo kodo). Jis atidaromas ' +
      'perdavimo kodu: npm run open-archive -- <failas> <kodas> <aplankas>; failo sandara ' +
      'aprašyta dokumente docs/archive-format.md. Prieš priimdami patikrinkite, ar failo SHA-256 ' +
      'sutampa su nurodytu akte. Šiame akte yra perdavimo kodas: aktą perduokite atskirai nuo ' +
      'failo (ne toje pačioje siuntoje ar laikmenoje); akto kopiją pasilieka vadovė.',
    handedOver: 'perdavė (vadovės parašas)',
    received: 'priėmė (archyvo atstovo parašas)',
  },
  en: {
    title: 'Archive hand-over act',
    number: 'Act number:',
    date: 'Date:',
    handedOverBy: 'Handed over by:',
    personCount: 'Number of persons:',
    persons: 'Persons:',
    personsHidden: 'names not printed on this act',
    categories: 'Categories of data:',
    category: {
      record: 'the person’s record',
      contacts: 'legal representatives’ contact details',
      healthNotes: 'health notes',
      consents: 'consents and their history',
      evidence: 'scans of signed documents',
    },
    fileName: 'File:',
    fileHash: 'File SHA-256:',
    fileSize: 'File size (bytes):',
    code: 'Hand-over code:',
    legalBasis: 'Legal basis:',
    kind: 'Contents',
    count: 'Count',
    rows: {
      persons: 'Person folders (summary PDF and data JSON/CSV)',
      consentEvents: 'Consent events',
      scans: 'Scans of signed documents',
      files: 'Files in the package',
    },
    method:
      'The file is encrypted (AES-256-GCM, key derived with Argon2id from the hand-over code). ' +
      'Open it with the code: npm run open-archive -- <file> <code> <folder>; the layout is in ' +
      'docs/archive-format.md. Check that the file’s SHA-256 equals the one on this act before ' +
      'accepting it. Keep the code apart from the file.',
    handedOver: 'handed over by (signature of the head)',
    received: 'received by (signature of the archive’s representative)',
  },
};
