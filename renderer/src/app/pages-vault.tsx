// Pages of the vault capability: staff, the audit log (#/audit) and one child's trail in it
// (#/audit/subject/<id>), settings with the sections other capabilities add.
import { Divider } from '@fluentui/react-components';
import { can } from '@shared/access/permissions';
import { AuditPage } from '../features/audit/AuditPage';
import { SubjectTrailPage } from '../features/audit/SubjectTrailPage';
import { AutomaticBackupSection } from '../features/backup/AutomaticBackupSection';
import { BackupSection } from '../features/backup/BackupSection';
import { ReplaceRegisterSection } from '../features/backup/ReplaceRegisterSection';
import { ProcedureSection } from '../features/requests/ProcedureSection';
import { RetentionScheduleSection } from '../features/retention/RetentionScheduleSection';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StaffPage } from '../features/staff/StaffPage';
import { auditApi, settingsApi, staffApi } from './adapters';
import type { PageMap } from './page-registry';
import { procedureApi } from './requests-adapters';
import { automaticBackupApi, backupApi } from './backup-adapters';
import { createRestoreApi } from './restore-adapters';
import { retentionScheduleApi } from './retention-adapters';
import { SocialOfficeSettings } from './social-office-settings';

export const vaultPages: PageMap = {
  staff: ({ session }) => <StaffPage api={staffApi(session)} />,
  audit: ({ session, params, go }) => {
    const [first, subjectId] = params;
    return first === 'subject' && subjectId !== undefined ? (
      <SubjectTrailPage key={subjectId} api={auditApi(session, go)} subjectId={subjectId} />
    ) : (
      <AuditPage api={auditApi(session, go)} />
    );
  },
  settings: ({ session }) => (
    <SettingsPage api={settingsApi(session)}>
      {can(session.role, 'backup.create') ? (
        <>
          <Divider />
          <BackupSection api={backupApi(session)} />
          <AutomaticBackupSection api={automaticBackupApi(session)} />
          {can(session.role, 'backup.restore') ? (
            <ReplaceRegisterSection createApi={() => createRestoreApi(session)} />
          ) : null}
        </>
      ) : null}
      {can(session.role, 'request.view') ? (
        <>
          <Divider />
          <ProcedureSection api={procedureApi(session)} />
        </>
      ) : null}
      {can(session.role, 'settings.manage') ? <SocialOfficeSettings session={session} /> : null}
      {can(session.role, 'retention.view') ? (
        <>
          <Divider />
          <RetentionScheduleSection api={retentionScheduleApi(session)} />
        </>
      ) : null}
    </SettingsPage>
  ),
};
