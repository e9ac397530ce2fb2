// "Sākums": what to do next for the signed-in role (issue 14): forms out and not returned per
// group (oldest first), children without any answer, withdrawals this month, open requests,
// people due for erasure (head, secretary), and the most common actions one click away. Counts
// only, never names.
import {
  Body1,
  Button,
  Subtitle1,
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
import {
  DocumentAdd20Regular,
  PersonAdd20Regular,
  ShieldCheckmark20Regular,
} from '@fluentui/react-icons';
import { formatDate, todayIso } from '@shared/text';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { dateLocaleOf } from '../consents/DateInput';
import { BackupTile } from '../backup/BackupTile';
import type { HomeApi, HomeGroup, HomeShortcut } from './home-api';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  shortcuts: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const ICONS: Record<HomeShortcut, ReactElement> = {
  addChild: <PersonAdd20Regular />,
  issueForms: <DocumentAdd20Regular />,
  photoCheck: <ShieldCheckmark20Regular />,
};

/** Groups with forms out first, the longest-waiting first; then by name. */
const byOldestForm = (a: HomeGroup, b: HomeGroup): number =>
  (a.oldestIssuedAt ?? '\uffff').localeCompare(b.oldestIssuedAt ?? '\uffff') ||
  a.name.localeCompare(b.name, 'lv');

const GroupsTable = ({ groups }: { readonly groups: readonly HomeGroup[] }) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocaleOf(i18n.language);
  const formsShown = groups.some((g) => g.unreturned !== null);
  return (
    <Table aria-labelledby="home-groups-heading" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('home.groups.group')}</TableHeaderCell>
          {formsShown && <TableHeaderCell>{t('home.groups.unreturned')}</TableHeaderCell>}
          <TableHeaderCell>{t('home.groups.withoutAnswer')}</TableHeaderCell>
          <TableHeaderCell>{t('home.groups.withdrawn')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((g) => (
          <TableRow key={g.groupId}>
            <TableCell>{g.name}</TableCell>
            {formsShown && (
              <TableCell>
                {g.oldestIssuedAt === null
                  ? String(g.unreturned ?? 0)
                  : t('home.groups.unreturnedSince', {
                      count: g.unreturned ?? 0,
                      date: formatDate(todayIso(new Date(g.oldestIssuedAt)), locale),
                    })}
              </TableCell>
            )}
            <TableCell>{g.withoutAnswer}</TableCell>
            <TableCell>{g.withdrawnThisMonth}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** "Personas, kuru datu glabāšanas termiņš beidzies: N" with the way to "Dzēšamie". */
const ErasuresLine = ({ api }: { readonly api: NonNullable<HomeApi['erasures']> }) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    api.due().then((n) => {
      if (live) setDue(n);
    }, notifyError);
    return () => {
      live = false;
    };
  }, [api, notifyError]);
  if (due === null) return null;
  return (
    <Body1 as="p" data-testid="home-erasures">
      {t('home.erasuresDue', { count: due })}{' '}
      <Button appearance="transparent" onClick={api.open}>
        {t('home.openErasures')}
      </Button>
    </Body1>
  );
};

export const HomePage = ({ api }: { readonly api: HomeApi }) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [groups, setGroups] = useState<HomeGroup[] | null>(null);

  useEffect(() => {
    let live = true;
    api
      .groups()
      .then((g) => {
        if (live) setGroups([...g].sort(byOldestForm));
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, notifyError]);

  return (
    <section aria-labelledby="home-heading" className={styles.page}>
      <Title1 as="h1" id="home-heading">
        {t('home.heading')}
      </Title1>
      {api.shortcuts.length > 0 && (
        <div className={styles.shortcuts} role="group" aria-label={t('home.next')}>
          {api.shortcuts.map((s) => (
            <Button
              key={s}
              appearance={s === api.shortcuts[0] ? 'primary' : 'secondary'}
              icon={ICONS[s]}
              onClick={() => {
                api.open(s);
              }}
            >
              {t(`home.shortcut.${s}`)}
            </Button>
          ))}
        </div>
      )}
      {api.backup && <BackupTile api={api.backup} />}
      {api.erasures && <ErasuresLine api={api.erasures} />}
      {api.requests && (
        <Body1 as="p">
          {t('home.requests', { count: api.requests.urgent })}{' '}
          {api.requests.overdue > 0 && t('home.requestsOverdue', { count: api.requests.overdue })}{' '}
          <Button appearance="transparent" onClick={api.openRequests}>
            {t('home.openRequests')}
          </Button>
        </Body1>
      )}
      <section aria-labelledby="home-groups-heading">
        <Subtitle1 as="h2" id="home-groups-heading">
          {t('home.groups.heading')}
        </Subtitle1>
        {groups && groups.length === 0 && <Body1 as="p">{t('home.groups.none')}</Body1>}
        {groups && groups.length > 0 && <GroupsTable groups={groups} />}
      </section>
      <Body1 as="p">{t('home.intro')}</Body1>
      <Body1 as="p">{t('home.shortcutNav')}</Body1>
      <Body1 as="p">{t('home.shortcutLock')}</Body1>
    </section>
  );
};
