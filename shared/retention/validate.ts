// Validation of a retention schedule the head edits: every problem is an i18n key with the
// category and field it concerns, so the settings table can show it on the right cell.
import { hasControlChars } from '../domain/fields';
import {
  EVENTS_OF_CATEGORY,
  PERIOD_UNITS,
  RETENTION_BASES,
  RETENTION_CATEGORIES,
  type RetentionCategory,
  type RetentionSchedule,
} from './schedule';

/** The longest period accepted: a social service keeps files 50 years (seed 003 p. 13.3). */
export const MAX_PERIOD = { years: 100, months: 1200 } as const;
export const MAX_NOTE_LENGTH = 1000;

export type ScheduleProblem = {
  readonly category: RetentionCategory;
  readonly field: 'amount' | 'unit' | 'event' | 'basis' | 'note';
  /** i18n key under 'retention.errors.' */
  readonly key: string;
};

const problemsOfRule = (
  schedule: RetentionSchedule,
  category: RetentionCategory,
): ScheduleProblem[] => {
  const rule = schedule.rules[category];
  const out: ScheduleProblem[] = [];
  const add = (field: ScheduleProblem['field'], key: string) => {
    out.push({ category, field, key: `retention.errors.${key}` });
  };
  const { amount, unit } = rule.period;
  if (!(PERIOD_UNITS as readonly string[]).includes(unit)) add('unit', 'unit');
  else if (!Number.isInteger(amount)) add('amount', 'wholeNumber');
  else if (amount <= 0) add('amount', 'notPositive');
  else if (amount > MAX_PERIOD[unit])
    add('amount', unit === 'years' ? 'tooManyYears' : 'tooManyMonths');
  if (!EVENTS_OF_CATEGORY[category].includes(rule.event)) add('event', 'event');
  if (!(RETENTION_BASES as readonly string[]).includes(rule.basis)) add('basis', 'basis');
  if (rule.note.length > MAX_NOTE_LENGTH) add('note', 'noteTooLong');
  else if (hasControlChars(rule.note, true)) add('note', 'noteControlCharacters');
  return out;
};

/**
 * Every problem of a schedule, in category order; empty when it may be stored. A category
 * missing from `rules` is a problem of its own (`retention.errors.missing`).
 */
export const validateSchedule = (schedule: RetentionSchedule): ScheduleProblem[] =>
  RETENTION_CATEGORIES.flatMap((category) =>
    (schedule.rules as Partial<RetentionSchedule['rules']>)[category] === undefined
      ? [{ category, field: 'amount' as const, key: 'retention.errors.missing' }]
      : problemsOfRule(schedule, category),
  );
