// A child's consent history as the child's page shows it: every event newest first, with who
// recorded it, and for an entry corrected later who corrected it, when and why (issue 14,
// defect 2). The superseded entry stays in the list; the page strikes it through.
import { sortConsentEvents, supersededBy } from '@shared/consent';
import { can } from '@shared/access/permissions';
import type { LedgerEvent } from '../../data/consents';
import { keyringOf, type Session } from '../../data/session/session';
import { displayNamesOf } from '../user-rows';
import type { VaultContext } from '../vault-context';

export type HistoryEntry = Omit<LedgerEvent, 'evidenceId'> & {
  readonly representativeName: string;
  /** Display name of the staff member who entered it ('' when it cannot be read). */
  readonly recordedByName: string;
  /** Only for sessions that may view scans. */
  readonly evidenceId?: string;
  readonly hasScan: boolean;
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
  return sortConsentEvents(events)
    .reverse()
    .map(({ evidenceId, ...e }): HistoryEntry => {
      const correction = corrections.get(e.id);
      return {
        ...e,
        representativeName: representativeNames.get(e.representativeId) ?? '',
        recordedByName: staff.get(e.recordedBy) ?? '',
        hasScan: evidenceId !== undefined,
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
