// Retention: the schedule, the due list, leavers' archive hand-over (docs/retention.md).
export { createRetentionService, type RetentionService } from './retention-service';
export type { DueForErasure, ErasureBlock } from './due-list';
export type { ScheduleVersion } from './schedule-service';
export {
  createErasureService,
  type ErasureService,
  type ErasureListItem,
  type CertificateOptions,
  type ApproveOptions,
} from './erasure-service';
