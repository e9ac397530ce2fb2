// The home screen's api: each visible group's counts from the consent service, the role's
// shortcuts, and the request register's urgency counts (the nav badge's).
import { can } from '@shared/access/permissions';
import { todayIso } from '@shared/text';
import type { HomeApi, HomeGroup, HomeShortcut } from '../features/home/home-api';
import type { Session } from '../services';
import { backupTileApi } from './backup-adapters';
import { consentService, groupChoices } from './consents-adapters';
import { retentionService } from './retention-adapters';
import type { RequestBadge } from './use-request-badge';

type Go = (section: string, ...params: string[]) => void;

const SHORTCUTS: readonly { id: HomeShortcut; allowed: (s: Session) => boolean; go: string[] }[] = [
  { id: 'addChild', allowed: (s) => can(s.role, 'subject.create', {}), go: ['subjects', 'new'] },
  { id: 'issueForms', allowed: (s) => can(s.role, 'form.issue', {}), go: ['forms'] },
  { id: 'photoCheck', allowed: (s) => can(s.role, 'consent.view', {}), go: ['consents'] },
];

/** Bound to one session; `badge` is the nav badge's current count. */
export const homeApi = (session: Session, go: Go, badge: RequestBadge): HomeApi => ({
  groups: async () => {
    if (!can(session.role, 'consent.view', {})) return [];
    const today = todayIso(new Date());
    const out: HomeGroup[] = [];
    for (const group of await groupChoices(session)) {
      const overview = await consentService().groupOverview(session, group.id, today);
      out.push({ ...overview, name: group.name });
    }
    return out;
  },
  shortcuts: SHORTCUTS.filter((s) => s.allowed(session)).map((s) => s.id),
  open: (shortcut) => {
    const [section = 'home', ...params] = SHORTCUTS.find((s) => s.id === shortcut)?.go ?? [];
    go(section, ...params);
  },
  requests: can(session.role, 'request.view', {}) ? badge : null,
  openRequests: () => {
    go('requests');
  },
  erasures: can(session.role, 'retention.view', {})
    ? {
        due: async () =>
          (await retentionService().listDueForErasure(session, todayIso(new Date()))).length,
        open: () => {
          go('erasures');
        },
      }
    : null,
  backup: backupTileApi(session, () => {
    go('settings');
  }),
});
