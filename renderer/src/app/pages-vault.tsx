import { Divider } from '@fluentui/react-components';
import { can } from '@shared/access/permissions';
import { AuditPage } from '../features/audit/AuditPage';
import { ProcedureSection } from '../features/requests/ProcedureSection';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { auditApi, settingsApi, staffApi } from './adapters';
import type { PageMap } from './page-registry';
import { procedureApi } from './requests-adapters';

export const vaultPages: PageMap = {
  staff: ({ session }) => <StaffPage api={staffApi(session)} />,
  audit: ({ session }) => <AuditPage api={auditApi(session)} />,
  settings: ({ session }) => (
    <SettingsPage api={settingsApi(session)}>
      {can(session.role, 'request.view') ? (
        <>
          <Divider />
          <ProcedureSection api={procedureApi(session)} />
        </>
      ) : null}
    </SettingsPage>
  ),
};
