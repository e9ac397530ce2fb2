// The short README of an archive package, in the institution's language: what the package is,
// what each file holds and how to open it. Its file name is ASCII (any unzip tool shows it).
import type { ArchiveManifest } from './manifest';

export const README_FILE = { lv: 'LASIT-MANI.txt', lt: 'SKAITYK-MANE.txt' } as const;

type Facts = Pick<ArchiveManifest, 'institution' | 'createdAt' | 'personCount' | 'language'>;

const lines = (f: Facts): Record<'lv' | 'lt', string[]> => ({
  lv: [
    'Personas datu arhīva pakete',
    '',
    `Iestāde: ${f.institution.name}`,
    `Izveidota: ${f.createdAt} (UTC)`,
    `Personu skaits: ${f.personCount}`,
    '',
    'Šī pakete ir izveidota ar programmu "Piekrišanu reģistrs", nododot personu datus glabāšanai',
    'valsts arhīvam vai iestādes arhīvam (glabāšanas termiņš beidzies, dati netiek dzēsti).',
    '',
    'Saturs:',
    '  manifest.json            paketes apraksts: iestāde, datums, kas eksportēja, personu skaits',
    '                           un katra faila SHA-256 kontrolsumma',
    '  personas/NNN/            vienas personas dati (mapes numurs, nevis vārds)',
    '    kopsavilkums.pdf       lasāms kopsavilkums: ieraksts, pārstāvji, piekrišanas, veidlapas',
    '    data.json              tie paši dati mašīnlasāmā formā (shēma piekrisanu-registrs/portability)',
    '    *.csv                  tabulas: persona, pārstāvji, piekrišanu notikumi',
    '    skenejumi/             parakstīto dokumentu skenējumi',
    '',
    'Kā atvērt: pakete glabājas šifrētā failā (.prarh, AES-256-GCM). To atver ar nodošanas',
    'kodu, kas norādīts arhīva nodošanas aktā:',
    '  npm run open-archive -- <fails.prarh> <kods> <mape>',
    'Faila uzbūve un atvēršana bez programmas aprakstīta docs/archive-format.md.',
    'Pēc atvēršanas pārbaudiet kontrolsummas manifest.json failā.',
  ],
  lt: [
    'Asmens duomenų archyvo paketas',
    '',
    `Įstaiga: ${f.institution.name}`,
    `Sukurta: ${f.createdAt} (UTC)`,
    `Asmenų skaičius: ${f.personCount}`,
    '',
    'Šis paketas sukurtas programa "Piekrišanu reģistrs", perduodant asmens duomenis saugoti',
    'valstybės archyvui arba įstaigos archyvui (saugojimo terminas baigėsi, duomenys netrinami).',
    '',
    'Turinys:',
    '  manifest.json            paketo aprašas: įstaiga, data, kas eksportavo, asmenų skaičius',
    '                           ir kiekvieno failo SHA-256 kontrolinė suma',
    '  personas/NNN/            vieno asmens duomenys (aplanko numeris, ne vardas)',
    '    kopsavilkums.pdf       skaitoma santrauka: įrašas, atstovai, sutikimai, formos',
    '    data.json              tie patys duomenys kompiuteriu skaitoma forma',
    '    *.csv                  lentelės: asmuo, atstovai, sutikimų įvykiai',
    '    skenejumi/             pasirašytų dokumentų skenuotos kopijos',
    '',
    'Kaip atidaryti: paketas saugomas šifruotame faile (.prarh, AES-256-GCM). Jis atidaromas',
    'perdavimo kodu, nurodytu archyvo perdavimo akte:',
    '  npm run open-archive -- <failas.prarh> <kodas> <aplankas>',
    'Failo sandara ir atidarymas be programos aprašyti docs/archive-format.md.',
    'Atidarę patikrinkite kontrolines sumas faile manifest.json.',
  ],
});

/** The README text (CRLF line ends: it opens cleanly in Notepad). */
export const archiveReadme = (facts: Facts): string =>
  `${lines(facts)[facts.language].join('\r\n')}\r\n`;
