// Name material for the fictional demo social office in Lithuania: common Lithuanian given and
// family names (masculine, feminine), combined at random; no combination describes a real person.

export const LT_WOMEN_NAMES = [
  'Ona',
  'Janina',
  'Danutė',
  'Aldona',
  'Irena',
  'Genovaitė',
  'Regina',
  'Stasė',
  'Birutė',
  'Vida',
  'Rūta',
  'Laima',
] as const;

export const LT_MEN_NAMES = [
  'Jonas',
  'Petras',
  'Antanas',
  'Juozas',
  'Kazimieras',
  'Vytautas',
  'Algirdas',
  'Stasys',
  'Povilas',
  'Rimantas',
] as const;

export const LT_FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['Kazlauskas', 'Kazlauskienė'],
  ['Jankauskas', 'Jankauskienė'],
  ['Petrauskas', 'Petrauskienė'],
  ['Stankevičius', 'Stankevičienė'],
  ['Vasiliauskas', 'Vasiliauskienė'],
  ['Žukauskas', 'Žukauskienė'],
  ['Butkus', 'Butkienė'],
  ['Paulauskas', 'Paulauskienė'],
  ['Urbonas', 'Urbonienė'],
  ['Kavaliauskas', 'Kavaliauskienė'],
];
