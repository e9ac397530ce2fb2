// Due dates and urgency of a request, derived each time from what is stored (never stored
// themselves, except the notices' due date that the nav badge reads without decrypting).
import type { Country } from '@shared/domain/types';
import {
  hasPendingNotices,
  isOpenRequestStatus,
  noticesDue,
  requestDueDate,
  requestUrgency,
  type DataSubjectRequest,
  type RequestProcedure,
  type RequestUrgency,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import type { RequestSummary } from '../../data/requests';
import { institutionCountry, readProcedure } from './requests-context';
import type { RequestsDeps } from './requests-deps';

/** The notices' due date to store with the row, or null when none is pending. */
export const noticesDueOf = async (
  deps: RequestsDeps,
  r: DataSubjectRequest,
): Promise<IsoDate | null> => {
  if (!hasPendingNotices(r) || r.followUp === undefined) return null;
  return noticesDue(
    r,
    r.followUp.on,
    await institutionCountry(deps.ctx),
    await readProcedure(deps.ctx),
  );
};

export const scheduleContext = async (
  deps: RequestsDeps,
): Promise<{ country: Country; procedure: RequestProcedure }> => ({
  country: await institutionCountry(deps.ctx),
  procedure: await readProcedure(deps.ctx),
});

/**
 * What a request still waits for: the answer while it is open, else the notices to recipients
 * while any is pending; null when nothing is due. Works on plaintext fields only.
 */
export const nextDue = (
  s: Pick<RequestSummary, 'status' | 'receivedOn' | 'rule' | 'extensionMonths' | 'noticesDueOn'>,
  country: Country,
): { readonly on: IsoDate; readonly what: 'answer' | 'notices' } | null => {
  if (isOpenRequestStatus(s.status)) {
    const on = requestDueDate({
      received: s.receivedOn,
      country,
      rule: s.rule,
      extensionMonths: s.extensionMonths,
    });
    return { on, what: 'answer' };
  }
  return s.noticesDueOn === null ? null : { on: s.noticesDueOn, what: 'notices' };
};

export const urgencyOf = (
  due: { readonly on: IsoDate } | null,
  todayIso: IsoDate,
  country: Country,
): RequestUrgency | null => (due === null ? null : requestUrgency(todayIso, due.on, country));
