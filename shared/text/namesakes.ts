// Two children with the same name must be told apart wherever one is shown or chosen (issue 14,
// defect 11): this finds who shares a full name, so a screen or a printed list can put the birth
// date and group beside exactly those names.
import { formatDate, type DateLocale, type IsoDate } from './dates';
import { foldForSearch } from './search';
import type { NamedPerson } from './search';

/** The full name as a search would match it: case, diacritics and spacing do not tell apart. */
export const nameKey = (person: NamedPerson): string =>
  foldForSearch(`${person.givenNames} ${person.familyName}`);

/**
 * Ids of the entries whose full name (`name`, compared as foldForSearch folds it) another entry
 * in the same list shares; the others are unambiguous by name alone. Runs in O(n).
 */
export const sameNameIds = (
  entries: readonly { readonly id: string; readonly name: string }[],
): ReadonlySet<string> => {
  const count = new Map<string, number>();
  for (const e of entries)
    count.set(foldForSearch(e.name), (count.get(foldForSearch(e.name)) ?? 0) + 1);
  return new Set(
    entries.filter((e) => (count.get(foldForSearch(e.name)) ?? 0) > 1).map((e) => e.id),
  );
};

/** sameNameIds for people with given and family names. */
export const namesakeIds = (
  people: readonly (NamedPerson & { readonly id: string })[],
): ReadonlySet<string> => sameNameIds(people.map((p) => ({ id: p.id, name: nameKey(p) })));

const BORN: Readonly<Record<DateLocale, string>> = { lv: 'dz.', lt: 'gim.', en: 'born' };

/**
 * "dz. 03.05.2021" (lv), "gim. 2021-05-03" (lt), "born 03/05/2021" (en): the words put beside a
 * namesake's name in printed lists and the audit log. Throws RangeError on an invalid date.
 */
export const bornOn = (birthDate: IsoDate, language: DateLocale): string =>
  `${BORN[language]} ${formatDate(birthDate, language)}`;
