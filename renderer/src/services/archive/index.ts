// The archive hand-over (issue 9 item 7; docs/archive-format.md, docs/retention.md).
import type { Session } from '../../data/session/session';
import type { ArchiveDeps } from './archive-deps';
import { handOverAct, type ActOptions } from './archive-act';
import {
  handOver,
  recordSaved,
  type HandOver,
  type HandOverOptions,
  type HandOverScope,
} from './hand-over';

export const createArchiveService = (deps: ArchiveDeps) => ({
  handOver: (session: Session, scope: HandOverScope, options: HandOverOptions) =>
    handOver(deps, session, scope, options),
  /** Audits a hand-over whose file was saved ('subject.archiveExport', one per person, ids). */
  recordSaved: (session: Session, h: HandOver) => recordSaved(deps, session, h),
  act: (session: Session, h: HandOver, options?: ActOptions) =>
    handOverAct(session, deps.fonts, h, options),
});

export type ArchiveService = ReturnType<typeof createArchiveService>;
export type { ArchiveDeps, ArchiveScansPort, ArchiveLeaversPort } from './archive-deps';
export type { HandOver, HandOverScope, HandOverProgress, HandOverOptions } from './hand-over';
export type { ActOptions } from './archive-act';
export { archiveFileName } from './hand-over';
export { DEFAULT_ARCHIVE_LEGAL_BASIS, HANDED_OVER_LEGAL_BASIS } from './archive-texts';
export {
  createHandOverHolder,
  type HandOverHolder,
  type HeldHandOver,
  type PendingChanges,
  type SessionChanges,
} from './hand-over-holder';
