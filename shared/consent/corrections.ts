// Corrections of mistaken entries (issue 14, defect 2). The ledger is append-only, so a mistake
// ("Nepiekrītu" recorded where the parent ticked "Piekrītu") is never edited: a correction is a
// new event that names the earlier one in `supersedes`, says why, and carries the right answer
// (or 'voided' when nothing takes its place). Two clocks matter:
// - from the day the correction was RECORDED, the superseded event no longer counts;
// - for any day before that, the answer stays what the register said then, so a photo used on a
//   day the register said "yes" stays explained. Such answers are marked as later corrected.
import { todayIso, type IsoDate } from '../text/dates';
import type { ConsentEvent, ConsentEventKind } from './types';

/** The calendar day (local wall clock) an event was entered into the register. */
export const recordedOn = (event: Pick<ConsentEvent, 'recordedAt'>): IsoDate =>
  todayIso(new Date(event.recordedAt));

/** Corrections known on `knownOn` (all of them when undefined), by the id they supersede. */
const correctionsKnownOn = (
  events: readonly ConsentEvent[],
  knownOn: IsoDate | undefined,
): Map<string, ConsentEvent> => {
  const byTarget = new Map<string, ConsentEvent>();
  for (const e of events) {
    if (e.supersedes === undefined) continue;
    if (knownOn !== undefined && recordedOn(e) > knownOn) continue;
    byTarget.set(e.supersedes, e);
  }
  return byTarget;
};

/**
 * The events that count, as the register stood at the end of `knownOn` (every correction when
 * undefined): an event superseded by a correction recorded by then is left out, corrections
 * recorded later are not yet known, and 'voided' corrections carry no answer themselves.
 * Order is kept. Ordinary (non-correction) events are not filtered by when they were recorded.
 */
export const effectiveEvents = (
  events: readonly ConsentEvent[],
  knownOn?: IsoDate,
): ConsentEvent[] => {
  const struck = correctionsKnownOn(events, knownOn);
  return events.filter(
    (e) =>
      !struck.has(e.id) &&
      e.kind !== 'voided' &&
      (e.supersedes === undefined || knownOn === undefined || recordedOn(e) <= knownOn),
  );
};

/** For each superseded event id, the correction that superseded it (every correction known). */
export const supersededBy = (events: readonly ConsentEvent[]): ReadonlyMap<string, ConsentEvent> =>
  correctionsKnownOn(events, undefined);

/**
 * The first correction recorded after `onDate` that struck out an event counting for `purposeId`
 * on `onDate`, or undefined: the answer for `onDate` is then "as recorded then, later corrected".
 */
export const laterCorrection = (
  events: readonly ConsentEvent[],
  purposeId: string,
  onDate: IsoDate,
): ConsentEvent | undefined => {
  const counted = new Set(
    effectiveEvents(events, onDate)
      .filter((e) => e.purposeId === purposeId && e.on <= onDate)
      .map((e) => e.id),
  );
  return events
    .filter(
      (e) => e.supersedes !== undefined && counted.has(e.supersedes) && recordedOn(e) > onDate,
    )
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1))[0];
};

export type CorrectionProblem =
  /** No event with that id among the subject's events. */
  | 'notFound'
  /** Already superseded: correct the correction that replaced it instead. */
  | 'alreadyCorrected'
  /** A 'voided' entry carries no answer to correct. */
  | 'nothingToCorrect'
  /** The correction would record the answer that is already there. */
  | 'sameAnswer';

/**
 * Why `targetId` cannot be corrected to `kind`, or null when it can. Only an event still in
 * force can be corrected, so the chain of corrections of one entry stays a single line.
 */
export const correctionProblem = (
  events: readonly ConsentEvent[],
  targetId: string,
  kind: ConsentEventKind,
): CorrectionProblem | null => {
  const target = events.find((e) => e.id === targetId);
  if (target === undefined) return 'notFound';
  if (supersededBy(events).has(targetId)) return 'alreadyCorrected';
  if (target.kind === 'voided') return 'nothingToCorrect';
  if (target.kind === kind) return 'sameAnswer';
  return null;
};
