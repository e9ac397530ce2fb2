// The archive hand-over's printed words that are not the act's (shared/pdf/archive-act-texts.ts):
// the per-person summary's heading and the default legal bases, in the institution's language.

/** The summary PDF: the access report's sections under the archive's heading. */
export const ARCHIVE_SUMMARY_HEADING = {
  lv: {
    title: 'Personas datu kopsavilkums arhīvam',
    subtitle: 'Nodots glabāšanai valsts arhīvam',
    intro:
      'Šajā kopsavilkumā ir visi dati, kas par personu bija reģistrā nodošanas dienā: ieraksts, ' +
      'likumiskie pārstāvji, piekrišanas ar to vēsturi, izsniegtās veidlapas un datu subjekta ' +
      'pieprasījumi. Tie paši dati mašīnlasāmā formā ir failā data.json.',
  },
  lt: {
    title: 'Asmens duomenų santrauka archyvui',
    subtitle: 'Perduota saugoti valstybės archyvui',
    intro:
      'Šioje santraukoje pateikti visi duomenys, kurie apie asmenį buvo registre perdavimo dieną: ' +
      'įrašas, teisėti atstovai, sutikimai ir jų istorija, išduotos formos ir duomenų subjekto ' +
      'prašymai. Tie patys duomenys kompiuteriu skaitoma forma yra faile data.json.',
  },
} as const;

/** The act's default legal basis (the head may change it before printing). */
export const DEFAULT_ARCHIVE_LEGAL_BASIS = {
  lv: 'VDAR 5. panta 1. punkta e) apakšpunkts un 89. pants; Arhīvu likums',
  lt: 'BDAR 5 straipsnio 1 dalies e punktas ir 89 straipsnis; Dokumentų ir archyvų įstatymas',
} as const;

/** The legal basis of the erasure proposed after a hand-over. */
export const HANDED_OVER_LEGAL_BASIS = {
  lv: 'nodots valsts arhīvam',
  lt: 'perduota valstybės archyvui',
} as const;
