// What is due for erasure: a pure function of the schedule, what is known about one person,
// and a date. Dates are ISO 'YYYY-MM-DD' in the institution's time zone.
import { addMonths, type IsoDate } from '../text/dates';
import {
  RETENTION_CATEGORIES,
  type RetentionCategory,
  type RetentionEvent,
  type RetentionPeriod,
  type RetentionSchedule,
} from './schedule';

/** What the register knows about a person that a retention period can count from. */
export type RetentionFacts = {
  /** The child's leaving date or the end of the client's last service; absent while attending. */
  readonly leftOn?: IsoDate | undefined;
  /**
   * A client's services (issue 11): the end of the last one counts for 'lastService' (seed 003
   * 13.3) once none is still open; absent or empty: the leaving date counts.
   */
  readonly services?: readonly ServicePeriod[] | undefined;
  /** The day the last given consent was withdrawn, when none is still given; else absent. */
  readonly consentsWithdrawnOn?: IsoDate | undefined;
  /**
   * Whether the person's identifiers are stored: a personal code, or the foreign-national facts
   * that go with one (the record's identifiers box). A child registered without a code has none.
   */
  readonly hasPersonalCode: boolean;
  /**
   * Whether contacts are stored: a linked representative's phone, e-mail or address, or a
   * client's own contacts. A record whose representatives have none of them has nothing to erase.
   */
  readonly hasContacts: boolean;
  /** Whether the person has consent forms or events at all (nothing to erase otherwise). */
  readonly hasConsents: boolean;
  /** Whether scans of signed papers are stored. */
  readonly hasEvidence: boolean;
  /**
   * Whether health notes are stored (the record's health box): none were entered, or a partial
   * erasure removed them, and the category is not due (nothing of it is left to erase).
   */
  readonly hasHealthNotes: boolean;
  /** Closing dates of the person's requests; null for a request still open. */
  readonly requestsClosedOn: readonly (IsoDate | null)[];
};

/** One category of one person with the date its retention period ends. */
export type RetentionDate = {
  readonly category: RetentionCategory;
  readonly event: RetentionEvent;
  /** The day of the event the period counts from. */
  readonly eventDate: IsoDate;
  /**
   * The day the data falls due for erasure: the event date plus the period (kept N years after
   * 31 May means due on 31 May N years later).
   */
  readonly dueOn: IsoDate;
};

/**
 * The end of a period: the same calendar date N years or months after `from`, or that month's
 * last day when the date does not exist (29 Feb + 1 year = 28 Feb; 31 Aug + 6 months = 28/29
 * Feb), as `addMonths` does. Throws RangeError on an invalid date.
 */
export const addPeriod = (from: IsoDate, period: RetentionPeriod): IsoDate =>
  addMonths(from, period.unit === 'years' ? period.amount * 12 : period.amount);

/** The latest of some dates; undefined when there is none or one of them is still open. */
const latestClosed = (dates: readonly (IsoDate | null)[]): IsoDate | undefined => {
  if (dates.length === 0 || dates.includes(null)) return undefined;
  return (dates as readonly IsoDate[]).reduce((a, b) => (b > a ? b : a));
};

/**
 * Whether data of a category is stored, one predicate per category: a category is due only
 * while something of it is left to erase (none entered, or a partial erasure removed it). A
 * Record, so a new category does not compile without its own predicate. The record itself is
 * held while it exists; audit entries are not a person's category (see `auditEntryDue`).
 */
export const HOLDS_DATA: Readonly<Record<RetentionCategory, (facts: RetentionFacts) => boolean>> = {
  record: () => true,
  personalCode: (f) => f.hasPersonalCode,
  contacts: (f) => f.hasContacts,
  healthNotes: (f) => f.hasHealthNotes,
  consents: (f) => f.hasConsents,
  evidence: (f) => f.hasEvidence,
  requests: (f) => f.requestsClosedOn.length > 0,
  audit: () => false,
};

/** A service's dates; `endedOn` absent while it lasts. */
export type ServicePeriod = { readonly endedOn?: IsoDate | undefined };

/**
 * The end of a client's last service: the latest end date when every service has ended;
 * undefined when there is none or one still lasts (seed 003 13.3: kept 50 years after it).
 */
export const lastServiceEnded = (services: readonly ServicePeriod[]): IsoDate | undefined =>
  latestClosed(services.map((s) => s.endedOn ?? null));

const eventDateOf = (event: RetentionEvent, facts: RetentionFacts): IsoDate | undefined => {
  switch (event) {
    case 'leavingDate':
      return facts.leftOn;
    case 'lastService':
      return facts.services !== undefined && facts.services.length > 0
        ? lastServiceEnded(facts.services)
        : facts.leftOn;
    case 'consentWithdrawn':
      return facts.consentsWithdrawnOn;
    case 'requestClosed':
      return latestClosed(facts.requestsClosedOn);
    case 'entryRecorded':
      return undefined;
  }
};

/** The retention date of one category: undefined while its event has not happened. */
const retentionDateOf = (
  schedule: RetentionSchedule,
  facts: RetentionFacts,
  category: RetentionCategory,
): RetentionDate | undefined => {
  const rule = schedule.rules[category];
  const eventDate = eventDateOf(rule.event, facts);
  if (eventDate === undefined) return undefined;
  return { category, event: rule.event, eventDate, dueOn: addPeriod(eventDate, rule.period) };
};

/**
 * For each category the person has data in and whose event has happened, when its retention
 * ends. Audit entries are not a person's category (they carry ids only; see
 * `auditEntryDue`). A category whose event has not happened (still attending, a request
 * still open, a consent still given) is absent: it is kept. Throws RangeError on invalid dates.
 */
export const retentionDates = (
  schedule: RetentionSchedule,
  facts: RetentionFacts,
): RetentionDate[] =>
  RETENTION_CATEGORIES.flatMap((category): RetentionDate[] => {
    if (!HOLDS_DATA[category](facts)) return [];
    const date = retentionDateOf(schedule, facts, category);
    return date ? [date] : [];
  });

/** A category whose data is stored and not yet due: kept until `dueOn`, or null while its period has not started. */
export type NotYetDue = { readonly category: RetentionCategory; readonly dueOn: IsoDate | null };

/**
 * The categories of one person that are stored but NOT due on `today`, in category order: what
 * a whole-record erasure takes before its time, so that the head approves it knowingly. `dueOn`
 * is the day the period ends (later than today), or null while its event has not happened (still
 * attending, a consent still given, a request still open). Throws RangeError on invalid dates.
 */
export const notYetDue = (
  schedule: RetentionSchedule,
  facts: RetentionFacts,
  today: IsoDate,
): NotYetDue[] =>
  RETENTION_CATEGORIES.flatMap((category): NotYetDue[] => {
    if (!HOLDS_DATA[category](facts)) return [];
    const date = retentionDateOf(schedule, facts, category);
    if (date === undefined) return [{ category, dueOn: null }];
    return date.dueOn > today ? [{ category, dueOn: date.dueOn }] : [];
  });

/**
 * The categories of one person due for erasure on `today`: those whose period has ended
 * (`dueOn <= today`), in category order. Seed 004 p. 4: nothing is kept after its purpose.
 */
export const dueForErasure = (
  schedule: RetentionSchedule,
  facts: RetentionFacts,
  today: IsoDate,
): RetentionDate[] => retentionDates(schedule, facts).filter((d) => d.dueOn <= today);

/**
 * Whether an audit entry recorded on `recordedOn` is past its retention on `today`
 * (recorded + period <= today). Throws RangeError on an invalid date.
 */
export const auditEntryDue = (
  schedule: RetentionSchedule,
  recordedOn: IsoDate,
  today: IsoDate,
): boolean => addPeriod(recordedOn, schedule.rules.audit.period) <= today;
