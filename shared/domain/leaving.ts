// One rule for a leaving date (atskaitīšana, a client's service ending), wherever it is set: the
// leaving form, a record save, an import, and the day it comes. A date later than today is a
// PLANNED leaving: stored with its reason while the child still attends (status 'active'). On the
// date itself, in the institution's time zone, the child has left (status 'left'). Pure: the
// caller passes today's date (dates are ISO 'YYYY-MM-DD').
import { calendarDateIn, REQUEST_TIME_ZONES } from '../requests/local-date';
import type { IsoDate } from '../text/dates';
import type { Country, SubjectStatus } from './types';

/** The institution's date at an instant: the calendar day in Europe/Riga (LV) or Europe/Vilnius (LT). */
export const institutionToday = (now: Date, country: Country): IsoDate =>
  calendarDateIn(now, REQUEST_TIME_ZONES[country]);

type Leaving = { readonly status: SubjectStatus; readonly leftOn?: IsoDate | undefined };

/**
 * The status a record with this leaving date has on `today`: 'active' while the date is later
 * (a planned leaving), 'left' from the date itself on ('archived' stays archived); without a
 * date the status is as given.
 */
export const leavingStatus = (
  status: SubjectStatus,
  leftOn: IsoDate | undefined,
  today: IsoDate,
): SubjectStatus => {
  if (leftOn === undefined) return status;
  if (leftOn > today) return 'active';
  return status === 'archived' ? 'archived' : 'left';
};

/** Whether the record's leaving is planned on `today`: still attending, the date still to come. */
export const isPlannedLeaving = (s: Leaving, today: IsoDate): boolean =>
  s.status === 'active' && s.leftOn !== undefined && s.leftOn > today;

/** Whether a planned leaving has come on `today` (the date itself included): it turns 'left'. */
export const isLeavingDue = (s: Leaving, today: IsoDate): boolean =>
  s.status === 'active' && s.leftOn !== undefined && s.leftOn <= today;

/**
 * The audit action of a changed leaving as it now stands: cancelled (no date, attending),
 * planned (a date still to come) or left.
 */
export const leavingAction = (
  s: Leaving,
  today: IsoDate,
): 'subject.leave' | 'subject.planLeave' | 'subject.unleave' => {
  if (s.leftOn === undefined && s.status === 'active') return 'subject.unleave';
  return isPlannedLeaving(s, today) ? 'subject.planLeave' : 'subject.leave';
};
