// The printed words of the deletion certificate ("Dzēšanas akts", issue 9 part 4) in the
// institution's language, with English for completeness. Row labels name the kinds of records
// erased (the tables of data/retention/person-rows.ts), never a person.
import type { SheetLanguage } from './sheet-texts';

export type ErasureCertificateTexts = {
  readonly title: string;
  readonly number: string;
  readonly person: string;
  readonly personHidden: string;
  readonly scope: string;
  readonly whole: string;
  readonly categories: Readonly<Record<'health' | 'evidence', string>>;
  readonly reason: string;
  readonly legalBasis: string;
  readonly proposed: string;
  readonly approved: string;
  readonly done: string;
  readonly kind: string;
  readonly count: string;
  readonly rows: Readonly<Record<string, string>>;
  readonly method: string;
  readonly signature: string;
};

export const ERASURE_CERTIFICATE_TEXTS: Readonly<Record<SheetLanguage, ErasureCertificateTexts>> = {
  lv: {
    title: 'Dzēšanas akts',
    number: 'Akta numurs:',
    person: 'Persona:',
    personHidden: 'vārds aktā netiek norādīts',
    scope: 'Dzēstais apjoms:',
    whole: 'visi personas dati reģistrā',
    categories: { health: 'veselības piezīmes', evidence: 'parakstīto dokumentu skenējumi' },
    reason: 'Dzēšanas iemesls:',
    legalBasis: 'Tiesiskais pamats:',
    proposed: 'Ierosināja:',
    approved: 'Apstiprināja:',
    done: 'Dzēsts:',
    kind: 'Ierakstu veids',
    count: 'Skaits',
    rows: {
      subjects: 'Personas ieraksts',
      representatives: 'Likumiskie pārstāvji, kuriem nav citu bērnu reģistrā',
      representativeLinks: 'Saites ar likumiskajiem pārstāvjiem',
      consentForms: 'Izsniegtās piekrišanas veidlapas',
      consentEvents: 'Piekrišanas un atsaukumi',
      consentEvidence: 'Parakstīto dokumentu skenējumi',
      health: 'Veselības piezīmes',
    },
    method:
      'Dati dzēsti, iznīcinot personas datu šifrēšanas atslēgas un izdzēšot ierakstus; ' +
      'atlikušās kopijas (arī rezerves kopijās) vairs nav atšifrējamas. Pieprasījumu reģistrā ' +
      'saglabāti tikai fakti bez personas datiem (VDAR 5. panta 2. punkts).',
    signature: 'vadītājas paraksts',
  },
  lt: {
    title: 'Ištrynimo aktas',
    number: 'Akto numeris:',
    person: 'Asmuo:',
    personHidden: 'vardas akte nenurodomas',
    scope: 'Ištrinta apimtis:',
    whole: 'visi asmens duomenys registre',
    categories: {
      health: 'sveikatos pastabos',
      evidence: 'pasirašytų dokumentų skenuotos kopijos',
    },
    reason: 'Ištrynimo priežastis:',
    legalBasis: 'Teisinis pagrindas:',
    proposed: 'Pasiūlė:',
    approved: 'Patvirtino:',
    done: 'Ištrinta:',
    kind: 'Įrašų rūšis',
    count: 'Skaičius',
    rows: {
      subjects: 'Asmens įrašas',
      representatives: 'Teisėti atstovai, neturintys kitų vaikų registre',
      representativeLinks: 'Ryšiai su teisėtais atstovais',
      consentForms: 'Išduotos sutikimo formos',
      consentEvents: 'Sutikimai ir atšaukimai',
      consentEvidence: 'Pasirašytų dokumentų skenuotos kopijos',
      health: 'Sveikatos pastabos',
    },
    method:
      'Duomenys ištrinti sunaikinant asmens duomenų šifravimo raktus ir ištrinant įrašus; ' +
      'likusios kopijos (taip pat atsarginėse kopijose) nebegali būti iššifruotos. Prašymų ' +
      'registre paliekami tik faktai be asmens duomenų (BDAR 5 straipsnio 2 dalis).',
    signature: 'vadovės parašas',
  },
  en: {
    title: 'Deletion certificate',
    number: 'Certificate number:',
    person: 'Person:',
    personHidden: 'name not printed on this certificate',
    scope: 'Erased:',
    whole: 'all of the person’s data in the register',
    categories: { health: 'health notes', evidence: 'scans of signed documents' },
    reason: 'Reason for erasure:',
    legalBasis: 'Legal basis:',
    proposed: 'Proposed by:',
    approved: 'Approved by:',
    done: 'Erased on:',
    kind: 'Kind of record',
    count: 'Count',
    rows: {
      subjects: 'Person’s record',
      representatives: 'Legal representatives with no other child in the register',
      representativeLinks: 'Links to legal representatives',
      consentForms: 'Consent forms issued',
      consentEvents: 'Consents and withdrawals',
      consentEvidence: 'Scans of signed documents',
      health: 'Health notes',
    },
    method:
      'The data was erased by destroying the person’s data encryption keys and deleting the ' +
      'records; any remaining copies (backups included) can no longer be decrypted. The request ' +
      'register keeps only facts without personal data (GDPR Art. 5(2)).',
    signature: 'signature of the head',
  },
};
