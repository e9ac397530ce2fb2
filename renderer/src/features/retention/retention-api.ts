// What the retention schedule screen needs from the app (bound in app/retention-adapters.ts).
import type { RetentionSchedule } from '@shared/retention';

export type ScheduleVersionView = {
  readonly version: number;
  /** ISO timestamp of the change. */
  readonly changedAt: string;
  readonly schedule: RetentionSchedule;
};

export type RetentionScheduleApi = {
  /** Head only ('retention.manage'); the secretary reads. */
  readonly canEdit: boolean;
  /** The schedule in force and every saved version, newest first. */
  readonly load: () => Promise<{
    readonly current: RetentionSchedule;
    readonly versions: readonly ScheduleVersionView[];
  }>;
  /** Saves a new version; returns its number (the current one when nothing changed). */
  readonly save: (schedule: RetentionSchedule) => Promise<number>;
};
