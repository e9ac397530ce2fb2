// The schedule table's editable state: amounts as typed (text), the rest as chosen. Converting
// back never guesses: text that is not a whole number becomes NaN, which validateSchedule
// reports as 'wholeNumber' on its cell.
import {
  RETENTION_CATEGORIES,
  type RetentionCategory,
  type RetentionRule,
  type RetentionSchedule,
  type ScheduleProblem,
} from '@shared/retention';

export type RuleDraft = Omit<RetentionRule, 'period'> & {
  readonly amount: string;
  readonly unit: RetentionRule['period']['unit'];
};
export type ScheduleDraft = Readonly<Record<RetentionCategory, RuleDraft>>;

export const draftOf = (schedule: RetentionSchedule): ScheduleDraft =>
  Object.fromEntries(
    RETENTION_CATEGORIES.map((c) => {
      const { period, ...rest } = schedule.rules[c];
      return [c, { ...rest, amount: String(period.amount), unit: period.unit }];
    }),
  ) as ScheduleDraft;

const amountOf = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export const scheduleOf = (
  kind: RetentionSchedule['kind'],
  draft: ScheduleDraft,
): RetentionSchedule => ({
  kind,
  rules: Object.fromEntries(
    RETENTION_CATEGORIES.map((c) => {
      const { amount, unit, ...rest } = draft[c];
      return [c, { ...rest, period: { amount: amountOf(amount), unit } }];
    }),
  ) as RetentionSchedule['rules'],
});

/** The problems as `<category>.<field>` -> i18n key, for the cells. */
export const cellErrors = (problems: readonly ScheduleProblem[]): ReadonlyMap<string, string> =>
  new Map(problems.map((p) => [`${p.category}.${p.field}`, p.key]));
