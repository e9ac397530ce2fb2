import { AuditPage } from '../features/audit/AuditPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { auditApi, settingsApi, staffApi } from './adapters';
import type { PageMap } from './page-registry';

export const vaultPages: PageMap = {
  staff: ({ session }) => <StaffPage api={staffApi(session)} />,
  audit: ({ session }) => <AuditPage api={auditApi(session)} />,
  settings: ({ session }) => <SettingsPage api={settingsApi(session)} />,
};
