// Public holidays the date-holidays library (see ./public-holidays.generated.ts) does not know.
// Each entry names its legal source; docs/requests.md lists them and how to add one. A holiday
// declared by a one-off law reaches users only with an app update, so keep this list current.

export type HolidayCorrection = {
  readonly date: string;
  readonly country: 'LV' | 'LT';
  readonly source: string;
};

/**
 * Latvia, "Par svētku, atceres un atzīmējamām dienām" (likumi.lv id 72608) §1 p. 3¹ and §2(2):
 * the final day of the General Latvian Song and Dance Celebration is a public holiday and, when it
 * falls on a Saturday or Sunday, so is the next working day (amendment of 2 October 2014). The
 * library has neither. And the one-off holiday of the papal visit (law of 2018).
 */
export const HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  { date: '2018-07-08', country: 'LV', source: 'Song and Dance Celebration, final day (Sunday)' },
  { date: '2018-07-09', country: 'LV', source: 'Song and Dance Celebration, next working day' },
  { date: '2018-09-24', country: 'LV', source: 'Pastoral visit of Pope Francis (one-off law)' },
  { date: '2023-07-09', country: 'LV', source: 'Song and Dance Celebration, final day (Sunday)' },
  { date: '2023-07-10', country: 'LV', source: 'Song and Dance Celebration, next working day' },
  { date: '2028-07-09', country: 'LV', source: 'Song and Dance Celebration, final day (Sunday)' },
  { date: '2028-07-10', country: 'LV', source: 'Song and Dance Celebration, next working day' },
];
