// Name material for the fictional demo kindergarten. Common Latvian given names and family
// names, combined at random: no combination is meant to be, or describe, a real person.

export const GIRL_NAMES = [
  'Anna', 'Alise', 'Amēlija', 'Elza', 'Emīlija', 'Ēvele', 'Paula', 'Sofija', 'Marta', 'Estere',
  'Keita', 'Laura', 'Līva', 'Madara', 'Rēzija', 'Ance', 'Beāte', 'Dārta', 'Ieva', 'Katrīna',
  'Kristiāna', 'Luīze', 'Megija', 'Patrīcija', 'Agate', 'Ūna', 'Žanete', 'Šarlote', 'Ģertrūde', 'Ilze',
] as const;

export const BOY_NAMES = [
  'Jānis', 'Roberts', 'Gustavs', 'Markuss', 'Olivers', 'Ēriks', 'Kārlis', 'Mārtiņš', 'Dāvis', 'Emīls',
  'Ričards', 'Niklāvs', 'Artūrs', 'Rūdolfs', 'Krišjānis', 'Tomass', 'Edvards', 'Ģirts', 'Aleksandrs', 'Daniels',
  'Miķelis', 'Oskars', 'Pēteris', 'Raivis', 'Sandis', 'Uldis', 'Valters', 'Žanis', 'Ivo', 'Linards',
] as const;

export const WOMEN_NAMES = [
  'Inese', 'Ilze', 'Kristīne', 'Līga', 'Santa', 'Dace', 'Evija', 'Anete', 'Laila', 'Sanita',
  'Agnese', 'Baiba', 'Gunta', 'Ināra', 'Jolanta', 'Marika', 'Rita', 'Zane', 'Sigita', 'Ērika',
] as const;

export const MEN_NAMES = [
  'Andris', 'Edgars', 'Māris', 'Aivars', 'Jānis', 'Kaspars', 'Guntis', 'Ivars', 'Normunds', 'Raimonds',
  'Gatis', 'Jurģis', 'Artis', 'Dainis', 'Egils', 'Valdis', 'Ģirts', 'Ingus', 'Toms', 'Zigmārs',
] as const;

/** Family names as [masculine, feminine]: Latvian family names agree with gender. */
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['Ozoliņš', 'Ozoliņa'], ['Bērziņš', 'Bērziņa'], ['Kalniņš', 'Kalniņa'], ['Šķēle', 'Šķēle'],
  ['Ūzuls', 'Ūzuliņa'], ['Liepiņš', 'Liepiņa'], ['Jansons', 'Jansone'], ['Kārkliņš', 'Kārkliņa'],
  ['Krūmiņš', 'Krūmiņa'], ['Zariņš', 'Zariņa'], ['Ābols', 'Ābola'], ['Pētersons', 'Pētersone'],
  ['Vītols', 'Vītola'], ['Eglītis', 'Eglīte'], ['Lāčplēsis', 'Lāčplēse'], ['Cīrulis', 'Cīrule'],
  ['Žagars', 'Žagare'], ['Ģēģeris', 'Ģēģere'], ['Priede', 'Priede'], ['Strautiņš', 'Strautiņa'],
  ['Mežulis', 'Mežule'], ['Sproģis', 'Sproģe'], ['Rozītis', 'Rozīte'], ['Ķiploks', 'Ķiploka'],
  ['Dūmiņš', 'Dūmiņa'], ['Grīnbergs', 'Grīnberga'], ['Lūsis', 'Lūse'], ['Birznieks', 'Birzniece'],
];

export const GROUP_NAMES = ['Zīlītes', 'Mārītes', 'Rūķīši', 'Saulītes', 'Taurenīši', 'Lācīši'] as const;

/** Transliteration for the local part of a demo e-mail address. */
export const toAscii = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/gu, '');
