// What the home screen says about a group (issue 14, "a home screen that says what to do
// next"): how many of its forms are out and since when, how many children have no answer at
// all, how many consents were withdrawn this month. Counts only: no names leave this module,
// so the home screen shows nothing a glance over a shoulder could misuse.
import { can } from '@shared/access/permissions';
import { effectiveEvents } from '@shared/consent';
import type { IsoDate } from '@shared/text';
import { eventsOfSubjects } from '../../data/consents';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { ConsentDeps } from './consent-deps';
import { unreturnedForms } from './unreturned';

export type GroupOverview = {
  readonly groupId: string;
  /** Consent forms issued and not returned; null when the role does not issue forms. */
  readonly unreturned: number | null;
  /** When the oldest of them was printed (ISO timestamp), or null when none is out. */
  readonly oldestIssuedAt: string | null;
  /** Children with no answer at all (none recorded, or every one corrected away). */
  readonly withoutAnswer: number;
  /** Withdrawals dated from the first of `onDate`'s month to `onDate`. */
  readonly withdrawnThisMonth: number;
};

/**
 * The group's counts as of `onDate` (ISO `YYYY-MM-DD`, the institution's day). Needs
 * consent.view for the group (a teacher: her own groups); forms are counted only for a role
 * with form.issue. Restricted records are left out, as on every consent screen.
 */
export const groupOverview = async (
  deps: ConsentDeps,
  session: Session,
  groupId: string,
  onDate: IsoDate,
): Promise<GroupOverview> => {
  const auth = authorize(session, 'consent.view', { subjectGroupId: groupId });
  const members = (await deps.records.groupMembers(session, groupId)).filter((s) => !s.restricted);
  const events = await eventsOfSubjects(
    deps.ctx.db,
    auth,
    members.map((m) => m.id),
  );
  const monthStart = `${onDate.slice(0, 8)}01`;
  let withoutAnswer = 0;
  let withdrawnThisMonth = 0;
  for (const member of members) {
    const own = effectiveEvents(events.get(member.id) ?? [], onDate);
    if (own.length === 0) withoutAnswer += 1;
    withdrawnThisMonth += own.filter(
      (e) => e.kind === 'withdrawn' && e.on >= monthStart && e.on <= onDate,
    ).length;
  }
  const forms = can(session.role, 'form.issue', {})
    ? await unreturnedForms(deps, session, { groupId })
    : null;
  const oldest = forms?.map((f) => f.issuedAt).sort()[0] ?? null;
  return {
    groupId,
    unreturned: forms ? forms.length : null,
    oldestIssuedAt: oldest,
    withoutAnswer,
    withdrawnThisMonth,
  };
};
