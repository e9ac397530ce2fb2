// Retention: the schedule, the due list, leavers' archive hand-over (docs/retention.md).
export { createRetentionService, type RetentionService } from './retention-service';
export type { DueForErasure, ErasureBlock } from './due-list';
export type { ScheduleVersion } from './schedule-service';
