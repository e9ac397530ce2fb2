// Deriving consent state from the ledger. Rules (GDPR art. 7(3), seed 004 form wording):
// - only events of the purpose dated on or before the day asked about count;
// - per representative the latest event wins: by date signed, then by when it was recorded,
//   then by id (so the answer never depends on the order events were loaded in);
// - representatives are combined so that any "no" means no. If any representative's latest
//   answer is a withdrawal the state is 'withdrawn', else any refusal makes it 'refused', else
//   'granted'. Withdrawn wins over refused because it is the stronger fact for staff: use was
//   lawful until a known date and must stop from then, which the child's page has to show;
// - no event at all is 'none'. Only 'granted' allows use;
// - corrections (corrections.ts) strike an earlier event out from the day they were recorded;
//   an answer for an earlier day is what the register said then, marked as later corrected.
import type { IsoDate } from '../text/dates';
import { effectiveEvents, laterCorrection, recordedOn } from './corrections';
import type { ConsentEvent, ConsentState } from './types';

const compareEvents = (a: ConsentEvent, b: ConsentEvent): number => {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
};

/** Events of one purpose in ledger order (oldest first). Does not modify the input. */
export const sortConsentEvents = (events: readonly ConsentEvent[]): ConsentEvent[] =>
  [...events].sort(compareEvents);

const latestPerRepresentative = (events: readonly ConsentEvent[]): ConsentEvent[] => {
  const latest = new Map<string, ConsentEvent>();
  for (const e of events) {
    const current = latest.get(e.representativeId);
    if (current === undefined || compareEvents(current, e) < 0) latest.set(e.representativeId, e);
  }
  return [...latest.values()];
};

/** The combined state among events that all count (corrections already applied). */
const stateAmong = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): ConsentState => {
  const relevant = events.filter((e) => e.purposeId === purposeId && e.on <= onDate);
  const latest = latestPerRepresentative(relevant);
  if (latest.length === 0) return 'none';
  if (latest.some((e) => e.kind === 'withdrawn')) return 'withdrawn';
  if (latest.some((e) => e.kind === 'refused')) return 'refused';
  return 'granted';
};

/**
 * The state of one purpose on a date, as the register stood on that date: corrections recorded
 * after it are not applied (see consentAnswer for the mark). `events` are one subject's events
 * (others are the caller's mistake; events of other purposes are ignored here).
 */
export const consentState = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): ConsentState => stateAmong(effectiveEvents(events, onDate), purposeId, onDate);

/**
 * The state of one purpose on a date with every correction applied, including those recorded
 * after it: what the register knows today about that date (e.g. to decide whether a withdrawal
 * dated then has anything to withdraw).
 */
export const consentStateKnownNow = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): ConsentState => stateAmong(effectiveEvents(events), purposeId, onDate);

export type ConsentAnswer = {
  /** What the register said for that date (see consentState). */
  readonly state: ConsentState;
  /** Set when a correction recorded after the date struck out an answer that counted then. */
  readonly laterCorrection: {
    /** The day the (first such) correction was recorded. */
    readonly correctedOn: IsoDate;
    /** The state for the same date with every correction applied. */
    readonly correctedState: ConsentState;
  } | null;
};

/**
 * consentState with the mark "later corrected" (issue 14, defect 2): a point-in-time answer for a
 * day before a correction shows what was recorded then, and says that it was corrected since.
 */
export const consentAnswer = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): ConsentAnswer => {
  const later = laterCorrection(events, purposeId, onDate);
  return {
    state: consentState(events, purposeId, onDate),
    laterCorrection: later
      ? {
          correctedOn: recordedOn(later),
          correctedState: consentStateKnownNow(events, purposeId, onDate),
        }
      : null,
  };
};

/** Only a granted consent allows the purpose's use. */
export const allowsUse = (state: ConsentState): boolean => state === 'granted';

export type ConsentTimelineEntry = {
  /** The state holds from this date (inclusive) until the next entry's date. */
  readonly from: IsoDate;
  readonly state: ConsentState;
  /** The events dated that day that led to it, in ledger order. */
  readonly eventIds: readonly string[];
};

/**
 * The history of one purpose as it is known now (every correction applied): one entry per date
 * on which the derived state changed. Days whose events leave the state as it was (a second
 * parent also granting) produce no entry. `knownOn` limits corrections to those recorded by then.
 */
export const consentTimeline = (
  events: readonly ConsentEvent[],
  purposeId: string,
  knownOn?: IsoDate,
): ConsentTimelineEntry[] => {
  const relevant = sortConsentEvents(
    effectiveEvents(events, knownOn).filter((e) => e.purposeId === purposeId),
  );
  const dates = [...new Set(relevant.map((e) => e.on))];
  const timeline: ConsentTimelineEntry[] = [];
  let previous: ConsentState = 'none';
  for (const date of dates) {
    const state = stateAmong(relevant, purposeId, date);
    if (state === previous) continue;
    timeline.push({
      from: date,
      state,
      eventIds: relevant.filter((e) => e.on === date).map((e) => e.id),
    });
    previous = state;
  }
  return timeline;
};

/**
 * When use had been allowed and is not on `onDate`: the date use stopped (use before it stays
 * lawful). Null when use is allowed on `onDate` or was never allowed up to it. Corrections count
 * as the register knew them on `onDate`, like consentState.
 */
export const useStoppedOn = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): IsoDate | null => {
  const upToDate = consentTimeline(events, purposeId, onDate).filter((t) => t.from <= onDate);
  const current = upToDate.at(-1);
  if (current === undefined || allowsUse(current.state)) return null;
  const lastGranted = upToDate.findLastIndex((t) => allowsUse(t.state));
  if (lastGranted === -1) return null;
  return upToDate[lastGranted + 1]?.from ?? null;
};

export type PhotoCheckSubject = { readonly id: string; readonly events: readonly ConsentEvent[] };
export type PhotoCheckPurpose = {
  readonly purposeId: string;
  /** True when every subject's state is 'granted'. */
  readonly allowed: boolean;
  readonly subjects: readonly {
    readonly subjectId: string;
    readonly state: ConsentState;
    /** The answer for that date was corrected later (see consentAnswer). */
    readonly correctedLater: boolean;
  }[];
};
export type PhotoCheckResult = {
  /** True when every purpose is allowed for every subject. */
  readonly allowed: boolean;
  readonly purposes: readonly PhotoCheckPurpose[];
};

/**
 * "These five are in this photo: may it go on the website?" Per purpose, the state for each
 * subject on `onDate`. Each subject's events are filtered to that subject, so passing a
 * combined list by mistake cannot let one child's consent stand in for another's.
 */
export const photoCheck = (
  subjects: readonly PhotoCheckSubject[],
  purposeIds: readonly string[],
  onDate: IsoDate,
): PhotoCheckResult => {
  const purposes = purposeIds.map((purposeId): PhotoCheckPurpose => {
    const perSubject = subjects.map((s) => {
      const answer = consentAnswer(
        s.events.filter((e) => e.subjectId === s.id),
        purposeId,
        onDate,
      );
      return {
        subjectId: s.id,
        state: answer.state,
        correctedLater: answer.laterCorrection !== null,
      };
    });
    return {
      purposeId,
      allowed: perSubject.every((s) => allowsUse(s.state)),
      subjects: perSubject,
    };
  });
  return { allowed: purposes.every((p) => p.allowed), purposes };
};
