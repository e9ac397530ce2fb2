// How pressing an open request is, for the reminders (nav badge, list groups, the request page).
import { daysBetween, type IsoDate } from '../text/dates';
import { workingDaysLeft, type RequestCountry } from './working-days';

/** Working days left at or below which a request counts as due soon. */
export const DUE_SOON_WORKING_DAYS = 5;

export type RequestUrgency =
  | { readonly kind: 'overdue'; readonly daysOverdue: number }
  | { readonly kind: 'soon' | 'later'; readonly workingDaysLeft: number };

/**
 * 'overdue' once `today` is after the due date (with calendar days since), 'soon' when at most
 * five working days are left (0 = due today), else 'later'. Dates 'YYYY-MM-DD' local time.
 */
export const requestUrgency = (
  today: IsoDate,
  due: IsoDate,
  country: RequestCountry,
): RequestUrgency => {
  if (today > due) return { kind: 'overdue', daysOverdue: daysBetween(due, today) };
  const left = workingDaysLeft(today, due, country);
  return { kind: left <= DUE_SOON_WORKING_DAYS ? 'soon' : 'later', workingDaysLeft: left };
};
