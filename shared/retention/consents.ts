// The "consent withdrawn" event of a person for the retention schedule, from the ledger.
import { allowsUse, consentStateKnownNow, useStoppedOn } from '../consent/ledger';
import type { ConsentEvent } from '../consent/types';
import type { IsoDate } from '../text/dates';

/**
 * The day the person's last given consent was withdrawn, as the register knows it on `today`
 * (corrections applied): the latest day use stopped over all purposes, but only when no purpose
 * allows use any more. Undefined while any consent is still given, or when none was ever given
 * (then there is nothing a withdrawal period could count from). `events` are one person's.
 */
export const consentsWithdrawnOn = (
  events: readonly ConsentEvent[],
  today: IsoDate,
): IsoDate | undefined => {
  const purposes = [...new Set(events.map((e) => e.purposeId))];
  if (purposes.some((p) => allowsUse(consentStateKnownNow(events, p, today)))) return undefined;
  const stops = purposes
    .map((p) => useStoppedOn(events, p, today))
    .filter((d): d is IsoDate => d !== null);
  return stops.length === 0 ? undefined : stops.reduce((a, b) => (b > a ? b : a));
};
