// The categories a whole-record erasure takes before their retention period ends, in one plain
// sentence: "Vēl nav beidzies glabāšanas termiņš: veselības piezīmes (līdz 31.05.2027), …".
import type { TFunction } from 'i18next';
import type { NotYetDue } from '@shared/retention';
import { formatDate, type DateLocale } from '@shared/text';

/** The sentence naming each category with the day its period ends; null when there is none. */
export const notYetDueText = (
  t: TFunction,
  items: readonly NotYetDue[],
  locale: DateLocale,
): string | null => {
  if (items.length === 0) return null;
  const list = items
    .map(({ category, dueOn }) => {
      const name = t(`erasures.notDue.category.${category}`);
      return dueOn === null
        ? t('erasures.notDue.notStarted', { category: name })
        : t('erasures.notDue.until', { category: name, date: formatDate(dueOn, locale) });
    })
    .join(', ');
  return t('erasures.notDue.line', { list });
};
