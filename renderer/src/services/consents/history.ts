// A child's consent history as the child's page shows it: every event newest first, with who
// recorded it, and for an entry corrected later who corrected it, when and why (issue 14,
// defect 2). The superseded entry stays in the list; the page strikes it through.
import { sortConsentEvents, supersededBy } from '@shared/consent';
import { can } from '@shared/access/permissions';
import type { LedgerEvent } from '../../data/consents';
import { storedEvidenceIds } from '../../data/consents/evidence-repo';
import { keyringOf, type Session } from '../../data/session/session';
import { displayNamesOf } from '../user-rows';
import type { VaultContext } from '../vault-context';

export type HistoryEntry = Omit<LedgerEvent, 'evidenceId'> & {
  readonly representativeName: string;
  /** Display name of the staff member who entered it ('' when it cannot be read). */
  readonly recordedByName: string;
  /** Only for sessions that may view scans. */
  readonly evidenceId?: string;
  /** A scan of the signed paper is stored (whether or not the session may open it). */
  readonly hasScan: boolean;
  /** The event had a scan that an erasure removed (GDPR Art. 17; issue 9 partial erasure). */
  readonly scanErased: boolean;
  /** Set when a later correction replaced this entry: it no longer counts from `at`. */
  readonly correctedBy?: {
    readonly eventId: string;
    /** ISO timestamp of the correction. */
    readonly at: string;
    readonly byName: string;
    readonly reason: string;
  };
};

/**
 * The history of one subject's events, newest first. `representativeNames` maps representative
 * ids to names; scans are offered only to sessions with consent.viewEvidence.
 */
export const buildHistory = async (
  ctx: VaultContext,
  session: Session,
  subject: { readonly groupId: string | null },
  events: readonly LedgerEvent[],
  representativeNames: ReadonlyMap<string, string>,
): Promise<HistoryEntry[]> => {
  const scans = can(session.role, 'consent.viewEvidence', { subjectGroupId: subject.groupId });
  const staff = await displayNamesOf(
    ctx,
    keyringOf(session),
    events.map((e) => e.recordedBy),
  );
  const corrections = supersededBy(events);
  // An event keeps its evidence id after the scan was erased: only a stored scan counts.
  const stored = await storedEvidenceIds(
    ctx.db,
    events.flatMap((e) => (e.evidenceId === undefined ? [] : [e.evidenceId])),
  );
  return sortConsentEvents(events)
    .reverse()
    .map(({ evidenceId: recorded, ...e }): HistoryEntry => {
      const correction = corrections.get(e.id);
      const evidenceId = recorded !== undefined && stored.has(recorded) ? recorded : undefined;
      return {
        ...e,
        representativeName: representativeNames.get(e.representativeId) ?? '',
        recordedByName: staff.get(e.recordedBy) ?? '',
        hasScan: evidenceId !== undefined,
        scanErased: recorded !== undefined && evidenceId === undefined,
        ...(scans && evidenceId !== undefined ? { evidenceId } : {}),
        ...(correction
          ? {
              correctedBy: {
                eventId: correction.id,
                at: correction.recordedAt,
                byName: staff.get(correction.recordedBy) ?? '',
                reason: correction.correctionReason ?? '',
              },
            }
          : {}),
      };
    });
};
