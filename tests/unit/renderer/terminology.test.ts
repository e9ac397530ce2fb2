// Wording the language and legal review of November 2026 (shared/reviews/language-review-
// 2026-11.md) found wrong, kept out of every UI string for good. Each rule names the finding,
// the words that must not come back and why; a match fails with the key and the text.
import { describe, expect, it } from 'vitest';
import { resources, type Language } from '@renderer/i18n';

type Rule = {
  readonly finding: string;
  readonly language: Language;
  readonly pattern: RegExp;
  readonly why: string;
};

const RULES: readonly Rule[] = [
  {
    finding: '#3',
    language: 'lt',
    pattern: /duomenų tvarkytoj/i,
    why: 'duomenų tvarkytojas is the processor (GDPR Art. 4(8)), an outside body, not the secretary',
  },
  {
    finding: '#4',
    language: 'lv',
    pattern: /kuriem apstrāde ir ierobežota|nolūk/,
    why: 'restricted data serve only what the restriction allows (Art. 18(2)); the UI says mērķis',
  },
  {
    finding: '#10',
    language: 'lv',
    pattern: /^Atsaukuma datums/,
    why: 'a withdrawal takes effect on the day it is received: the field is the date of receipt',
  },
  {
    finding: '#10',
    language: 'lt',
    pattern: /^Atšaukimo data/,
    why: 'a withdrawal takes effect on the day it is received: the field is the date of receipt',
  },
  {
    finding: '#11',
    language: 'lv',
    pattern: /paliek likumīga/,
    why: 'Art. 7(3): a withdrawal does not affect lawfulness; it does not declare earlier use lawful',
  },
  {
    finding: '#11',
    language: 'lt',
    pattern: /lieka teisėtas/,
    why: 'Art. 7(3): a withdrawal does not affect lawfulness; it does not declare earlier use lawful',
  },
  {
    finding: '#12',
    language: 'lt',
    pattern: /vadinti vardu/,
    why: '"vadinti vardu" is calling someone by their first name; the purpose is publishing the name',
  },
  {
    finding: '#12',
    language: 'lv',
    pattern: /nosaukt vārdā/,
    why: '"nosaukt vārdā" is naming someone aloud; the purpose is publishing the name',
  },
  {
    finding: '#14',
    language: 'lt',
    pattern: /ar jį turėti/,
    why: 'the object of an infinitive under "negali" takes the genitive: "ar jo turėti"',
  },
  {
    finding: '#15',
    language: 'lt',
    pattern: /Globos (ar|pastabos)/,
    why: 'globa is guardianship; the Latvian aizgādība is tėvų valdžia (Civil Code, book 3)',
  },
  {
    finding: '#23',
    language: 'lv',
    pattern: /saziņas ierobežojum/,
    why: 'the Civillikums term is saskarsmes tiesība (the hint beside it says saskarsmes kārtība)',
  },
  {
    finding: '#16',
    language: 'lt',
    pattern: /okytoj/,
    why: 'one name for one role: a kindergarten group teacher is an auklėtoja everywhere',
  },
  {
    finding: '#17',
    language: 'lv',
    pattern: /Pieteicies/,
    why: 'a masculine participle beside feminine roles ("Pieteicies: Vadītāja"); say "Loma:"',
  },
  {
    finding: '#17',
    language: 'lt',
    pattern: /Prisijungęs/,
    why: 'a masculine participle beside feminine roles ("Prisijungęs: Vadovė"); say "Vaidmuo:"',
  },
  {
    finding: '#18',
    language: 'lv',
    pattern: /vadītājs\b|[Vv]adītāja (paroli|parole|konts|kontu|vārds)/,
    why: 'the head is "Vadītāja" in the roles: one gender, so "vadītājas paroli", "Vadītājas konts"',
  },
  {
    finding: '#18',
    language: 'lt',
    pattern: /\bvadov(as|o|ui|ą)\b/i,
    why: 'the head is "Vadovė" in the roles: one gender, so "vadovės slaptažodį", "Vadovės paskyra"',
  },
  {
    finding: '#19',
    language: 'lv',
    pattern: /Paraksts zem|atzīmes paraksts/,
    why: 'on a form "paraksts" reads as a signature, not a caption: "Teksts zem … rindas"',
  },
  {
    finding: '#24',
    language: 'lv',
    pattern: /[Ii]zstāj|izstāšan/,
    why: 'a child is "atskaitīts" (uzņemt / atskaitīt izglītojamo); "izstāties" is leaving a society',
  },
  {
    finding: '#25',
    language: 'lt',
    pattern: /numeris nėra sutikimo formos/,
    why: 'a genitive predicate that reads as "there is no consent form": "Tai ne … numeris"',
  },
  {
    finding: '#25',
    language: 'lv',
    pattern: /nav piekrišanas veidlapai/,
    why: 'a dative that reads as "is not for a consent form": "Šis nav … veidlapas numurs"',
  },
  {
    finding: '#9',
    language: 'lv',
    pattern: /Pārzinis \(iestādes vadītāj|vadītāj\w* \(pārzinis\)/,
    why: 'the controller is the institution (seed 004 §4 "pārzinis — Pirmsskola"); the head represents it',
  },
  {
    finding: '#9',
    language: 'lt',
    pattern: /Duomenų valdytojas \(įstaigos vadov|vadov\w* \(duomenų valdytoj/,
    why: 'the controller is the institution (seed 003 "Duomenų valdytojas – viešoji įstaiga …")',
  },
  {
    finding: '#9',
    language: 'en',
    pattern: /Controller \(head|head of the institution \(the controller\)/,
    why: 'the controller is the institution; the head represents it',
  },
  {
    finding: 'polite address',
    language: 'lv',
    pattern: /(?<!\p{L})(jūs|jūsu|jums)(?!\p{L})/u,
    why: 'one way of addressing the user: the capitalised polite "Jūs", "Jūsu", "Jums" everywhere',
  },
  {
    finding: 'polite address',
    language: 'lt',
    pattern: /(?<!\p{L})(jūs|jūsų|jums|jus)(?!\p{L})/u,
    why: 'one way of addressing the user: the capitalised polite "Jūs", "Jūsų", "Jums", "Jus" everywhere',
  },
  {
    finding: 'template term',
    language: 'lv',
    pattern: /[Pp]araug/,
    why: 'a form template is a "veidne" everywhere (errors.pdf.*, the wording screen)',
  },
  {
    finding: 'LT terms',
    language: 'lt',
    pattern:
      /pabraukimas|tabuliacija|amžiaus skaitmuo|Įregistruo|įregistruoja|^\d atstov|^(Priimtas|Išvyko)$/,
    why: 'apatinis brūkšnys, tabuliavimo ženklas, šimtmečio skaitmuo; one verb "Registruoti"; "Atstovas 1"; dates named as dates',
  },
  {
    finding: 'recovery key',
    language: 'lv',
    pattern: /atkopšanas kod/i,
    why: 'one name for one thing: setup, the sign-in and the restore field say "atkopšanas atslēga"',
  },
  {
    finding: 'recovery key',
    language: 'lt',
    pattern: /atkūrimo kod/i,
    why: 'one name for one thing: setup, the sign-in and the restore field say "atkūrimo raktas"',
  },
  {
    finding: 'recovery key',
    language: 'en',
    pattern: /recovery code/i,
    why: 'one name for one thing: setup, the sign-in and the restore field say "recovery key"',
  },
  {
    finding: 'EN dates',
    language: 'en',
    pattern: /DD\.MM\.YYYY|an own account/,
    why: 'English dates show as DD/MM/YYYY (shared/text formatDate), so every hint says so',
  },
];

const entries = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) =>
        entries(inner, prefix ? `${prefix}.${key}` : key),
      )
    : typeof value === 'string'
      ? [[prefix, value]]
      : [];

describe('UI wording after the language review', () => {
  it.each(RULES.map((rule) => [rule.finding, rule.language, rule] as const))(
    'review %s (%s)',
    (_finding, language, rule) => {
      const hits = entries(resources[language].translation)
        .filter(([, text]) => rule.pattern.test(text))
        .map(([key, text]) => `${key}: "${text}" (${rule.why})`);
      expect(hits).toEqual([]);
    },
  );
});
