import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/access/roles';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/use-notify';
import {
  StaffMemberDialog,
  type StaffDialogMode,
  type StaffDialogValue,
} from './StaffMemberDialog';

export type StaffMember = {
  readonly id: string;
  readonly displayName: string;
  readonly username: string;
  readonly role: Role;
  readonly status: 'active' | 'deactivated';
  readonly mustChangePassword: boolean;
  readonly groupIds: readonly string[];
};

export type StaffApi = {
  readonly currentUserId: string;
  /** False for the administrator of accounts: she only deactivates (never a head). */
  readonly manage: boolean;
  /** The roles this institution's kind offers (a social office: no teachers). */
  readonly roles: () => Promise<readonly Role[]>;
  readonly list: () => Promise<StaffMember[]>;
  readonly groups: () => Promise<{ id: string; name: string }[]>;
  readonly create: (value: StaffDialogValue) => Promise<void>;
  readonly changeRole: (userId: string, role: Role, groupIds: string[]) => Promise<void>;
  readonly resetPassword: (userId: string, password: string) => Promise<void>;
  readonly deactivate: (userId: string) => Promise<void>;
};

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

type Editing = { mode: StaffDialogMode; member?: StaffMember } | null;

export const StaffPage = ({ api }: { readonly api: StaffApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const [members, setMembers] = useState<StaffMember[]>([]);
  const [groups, setGroups] = useState<{ id: string; name: string }[]>([]);
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [editing, setEditing] = useState<Editing>(null);

  const reload = useCallback(async () => {
    try {
      setMembers(await api.list());
      if (api.manage) {
        setGroups(await api.groups());
        setRoles(await api.roles());
      }
    } catch (error) {
      notifyError(error);
    }
  }, [api, notifyError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async (value: StaffDialogValue): Promise<string | null> => {
    if (!editing) return null;
    try {
      const { member } = editing;
      if (editing.mode === 'create') await api.create(value);
      if (editing.mode === 'role' && member)
        await api.changeRole(member.id, value.role, value.groupIds);
      if (editing.mode === 'password' && member) await api.resetPassword(member.id, value.password);
      notify(
        'success',
        t(
          { create: 'staff.created', role: 'staff.roleChanged', password: 'staff.passwordReset' }[
            editing.mode
          ],
        ),
      );
      setEditing(null);
      await reload();
      return null;
    } catch (error) {
      notifyError(error);
      return 'errors.validation';
    }
  };

  const [deactivating, setDeactivating] = useState<StaffMember | null>(null);
  const deactivate = async (member: StaffMember) => {
    setDeactivating(null);
    try {
      await api.deactivate(member.id);
      notify('success', t('staff.deactivated'));
      await reload();
    } catch (error) {
      notifyError(error);
    }
  };

  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? '';
  return (
    <section aria-labelledby="staff-heading">
      <div className={styles.header}>
        <Title1 as="h1" id="staff-heading">
          {t('staff.heading')}
        </Title1>
        {api.manage ? (
          <Button
            appearance="primary"
            disabled={roles.length === 0}
            onClick={() => {
              setEditing({ mode: 'create' });
            }}
          >
            {t('staff.add')}
          </Button>
        ) : null}
      </div>
      <Body1 as="p">{t('staff.intro')}</Body1>
      <Table aria-labelledby="staff-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('staff.columns.name')}</TableHeaderCell>
            <TableHeaderCell>{t('staff.columns.username')}</TableHeaderCell>
            <TableHeaderCell>{t('staff.columns.role')}</TableHeaderCell>
            <TableHeaderCell>{t('staff.columns.status')}</TableHeaderCell>
            <TableHeaderCell>{t('staff.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableCell>
                {member.displayName} {member.id === api.currentUserId ? t('staff.self') : ''}
              </TableCell>
              <TableCell>{member.username}</TableCell>
              <TableCell>
                {t(`roles.${member.role}`)}
                {member.groupIds.length > 0
                  ? ` — ${member.groupIds.map(groupName).join(', ')}`
                  : ''}
              </TableCell>
              <TableCell>
                {t(`staff.status.${member.status}`)}
                {member.status === 'active' && member.mustChangePassword
                  ? ` · ${t('staff.status.mustChange')}`
                  : ''}
              </TableCell>
              <TableCell>
                {member.status === 'active' &&
                member.id !== api.currentUserId &&
                (api.manage || member.role !== 'head') ? (
                  <div className={styles.actions}>
                    {api.manage ? (
                      <>
                        <Button
                          size="small"
                          onClick={() => {
                            setEditing({ mode: 'role', member });
                          }}
                        >
                          {t('staff.changeRole')}
                        </Button>
                        <Button
                          size="small"
                          onClick={() => {
                            setEditing({ mode: 'password', member });
                          }}
                        >
                          {t('staff.resetPassword')}
                        </Button>
                      </>
                    ) : null}
                    <Button
                      size="small"
                      onClick={() => {
                        setDeactivating(member);
                      }}
                    >
                      {t('staff.deactivate')}
                    </Button>
                  </div>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {deactivating ? (
        <ConfirmDialog
          title={t('staff.deactivate')}
          body={t('staff.deactivateConfirm')}
          confirmLabel={t('staff.deactivate')}
          cancelLabel={t('staff.form.cancel')}
          onConfirm={() => void deactivate(deactivating)}
          onCancel={() => {
            setDeactivating(null);
          }}
        />
      ) : null}
      {editing ? (
        <StaffMemberDialog
          mode={editing.mode}
          groups={groups}
          roles={roles}
          initial={{
            displayName: editing.member?.displayName ?? '',
            username: editing.member?.username ?? '',
            role:
              editing.member?.role ??
              (roles.includes('teacher')
                ? 'teacher'
                : (roles.find((r) => r !== 'head') ?? 'secretary')),
            groupIds: [...(editing.member?.groupIds ?? [])],
            password: '',
          }}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={save}
        />
      ) : null}
    </section>
  );
};
