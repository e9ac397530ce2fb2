import {
  Body1,
  Button,
  Switch,
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
import { CheckmarkCircle16Regular, LockClosed16Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDraft } from '@shared/domain/types';
import { makeLvCollator } from '@shared/text/search';
import { useNotify } from '../../components/use-notify';
import { GroupDialog } from './GroupDialog';
import type { GroupView, GroupsApi, TeacherOption } from './groups-api';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  status: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

const collator = makeLvCollator();

type Editing = { group?: GroupView } | null;

export const GroupsPage = ({ api }: { readonly api: GroupsApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const [groups, setGroups] = useState<GroupView[]>([]);
  const [teachers, setTeachers] = useState<TeacherOption[]>([]);
  const [showClosed, setShowClosed] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    let live = true;
    Promise.all([api.list(), api.teachers()])
      .then(([g, tch]) => {
        if (!live) return;
        setGroups(g);
        setTeachers(tch);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, notifyError, version]);

  const visible = useMemo(
    () =>
      groups
        .filter((g) => showClosed || g.status === 'active')
        .sort((a, b) => collator.compare(a.name, b.name)),
    [groups, showClosed],
  );

  const save = async (draft: GroupDraft): Promise<boolean> => {
    try {
      if (editing?.group) await api.update(editing.group.id, draft);
      else await api.create(draft);
      notify('success', t(editing?.group ? 'groups.updated' : 'groups.created'));
      reload();
      return true;
    } catch (error) {
      notifyError(error);
      return false;
    }
  };

  const toggleStatus = async (group: GroupView) => {
    const next = group.status === 'active' ? 'closed' : 'active';
    if (next === 'closed' && !window.confirm(t('groups.closeConfirm'))) return;
    try {
      await api.setStatus(group.id, next);
      notify('success', t(next === 'closed' ? 'groups.closed' : 'groups.reopened'));
      reload();
    } catch (error) {
      notifyError(error);
    }
  };

  const teacherNames = (group: GroupView): string => {
    const names = group.teacherIds
      .map((id) => teachers.find((x) => x.id === id)?.name)
      .filter((n) => n !== undefined);
    if (names.length > 0) return names.join(', ');
    return group.teacherIds.length > 0
      ? t('groups.teacherCount', { count: group.teacherIds.length })
      : t('groups.noTeacher');
  };

  return (
    <section aria-labelledby="groups-heading">
      <div className={styles.header}>
        <Title1 as="h1" id="groups-heading">
          {t('groups.heading')}
        </Title1>
        {api.canManage ? (
          <Button
            appearance="primary"
            onClick={() => {
              setEditing({});
            }}
          >
            {t('groups.add')}
          </Button>
        ) : null}
      </div>
      <Body1 as="p">{t('groups.intro')}</Body1>
      <div>
        <Switch
          label={t('groups.showClosed')}
          checked={showClosed}
          onChange={(_e, d) => {
            setShowClosed(d.checked);
          }}
        />
      </div>
      {visible.length === 0 ? (
        <Body1 as="p">{t('groups.empty')}</Body1>
      ) : (
        <Table aria-labelledby="groups-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('groups.columns.name')}</TableHeaderCell>
              <TableHeaderCell>{t('groups.columns.yearBand')}</TableHeaderCell>
              <TableHeaderCell>{t('groups.columns.teachers')}</TableHeaderCell>
              <TableHeaderCell>{t('groups.columns.status')}</TableHeaderCell>
              {api.canManage ? (
                <TableHeaderCell>{t('groups.columns.actions')}</TableHeaderCell>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.map((group) => (
              <TableRow key={group.id}>
                <TableCell>{group.name}</TableCell>
                <TableCell>{group.yearBand}</TableCell>
                <TableCell>{teacherNames(group)}</TableCell>
                <TableCell>
                  <span className={styles.status}>
                    {group.status === 'active' ? (
                      <CheckmarkCircle16Regular aria-hidden />
                    ) : (
                      <LockClosed16Regular aria-hidden />
                    )}
                    {t(`groups.status.${group.status}`)}
                  </span>
                </TableCell>
                {api.canManage ? (
                  <TableCell>
                    <div className={styles.actions}>
                      <Button
                        size="small"
                        aria-label={t('groups.editNamed', { name: group.name })}
                        onClick={() => {
                          setEditing({ group });
                        }}
                      >
                        {t('groups.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => void toggleStatus(group)}
                        aria-label={t(
                          group.status === 'active' ? 'groups.closeNamed' : 'groups.reopenNamed',
                          { name: group.name },
                        )}
                      >
                        {t(group.status === 'active' ? 'groups.close' : 'groups.reopen')}
                      </Button>
                    </div>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing ? (
        <GroupDialog
          title={t(editing.group ? 'groups.edit' : 'groups.add')}
          teachers={teachers}
          initial={{
            name: editing.group?.name ?? '',
            yearBand: editing.group?.yearBand ?? '',
            teacherIds: [...(editing.group?.teacherIds ?? [])],
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
