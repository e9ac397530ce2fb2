// "Termiņš beidzies" on the "Dzēšamie" page (issue 9 item 3): who has data past its retention
// period today, which categories and since when, what would block an erasure, and a button that
// opens the proposal pre-filled from the due categories. Recomputed on opening and whenever the
// date changes (the app may stay open over midnight).
import {
  Button,
  Link,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Title2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, type DateLocale, type IsoDate } from '@shared/text';
import { PersonName, namesakeTag } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { DueErasure, ErasuresApi } from './erasures-api';
import { useErasuresStyles } from './erasures-styles';
import { HeaderRow } from './HeaderRow';

type Props = {
  readonly api: ErasuresApi;
  readonly today: IsoDate;
  /** People with a proposal waiting or an erasure under way: no second proposal is offered. */
  readonly proposed: ReadonlySet<string>;
  /** Changes when the page's lists were read again (a decision may have changed the due list). */
  readonly version: number;
};

const DueRow = ({
  api,
  due,
  proposed,
  locale,
}: {
  readonly api: ErasuresApi;
  readonly due: DueErasure;
  readonly proposed: boolean;
  readonly locale: DateLocale;
}) => {
  const { t } = useTranslation();
  const styles = useErasuresStyles();
  const blocked = due.blockedBy.length > 0;
  return (
    <TableRow>
      <TableCell>
        <Link
          onClick={() => {
            api.openPerson(due.subjectId);
          }}
        >
          {due.name === null ? (
            t('erasures.unknownPerson')
          ) : (
            <PersonName name={due.name} tag={namesakeTag(due.namesakeBirthDate)} />
          )}
        </Link>
      </TableCell>
      <TableCell>{due.groupName ?? t('erasures.due.noGroup')}</TableCell>
      <TableCell>
        <ul className={styles.categories}>
          {due.categories.map((c) => (
            <li key={c.category}>
              {t('erasures.due.categoryLine', {
                category: t(`retention.category.${c.category}`),
                date: formatDate(c.dueOn, locale),
              })}
            </li>
          ))}
        </ul>
      </TableCell>
      <TableCell>
        {blocked
          ? due.blockedBy.map((b) => t(`erasures.due.blocked.${b}`)).join('; ')
          : t('erasures.due.notBlocked')}
      </TableCell>
      <TableCell>
        {proposed ? (
          t('erasures.due.alreadyProposed')
        ) : (
          <Button
            disabled={blocked}
            onClick={() => {
              api.openProposal(due.subjectId);
            }}
          >
            {t('erasures.due.propose')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
};

export const DueSection = ({ api, today, proposed, version }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const styles = useErasuresStyles();
  const [due, setDue] = useState<{ day: IsoDate; items: DueErasure[] } | null>(null);
  useEffect(() => {
    let live = true;
    api.dueList(today).then((items) => {
      if (live) setDue({ day: today, items });
    }, notifyError);
    return () => {
      live = false;
    };
  }, [api, today, version, notifyError]);
  const locale: DateLocale =
    i18n.language === 'lt' || i18n.language === 'en' ? i18n.language : 'lv';
  return (
    <div className={styles.section}>
      <Title2 as="h2" id="erasures-due-heading">
        {t('erasures.due.heading')}
      </Title2>
      <p>{t('erasures.due.intro', { date: formatDate(today, locale) })}</p>
      {due === null ? (
        <Spinner size="small" label={t('erasures.loading')} />
      ) : due.items.length === 0 ? (
        <p>{t('erasures.due.none')}</p>
      ) : (
        <Table aria-labelledby="erasures-due-heading">
          <HeaderRow
            columns={[
              [t('erasures.col.person'), styles.person],
              [t('erasures.col.group'), styles.group],
              [t('erasures.col.due')],
              [t('erasures.col.blockers'), styles.who],
              [t('erasures.col.actions'), styles.actions],
            ]}
          />
          <TableBody>
            {due.items.map((d) => (
              <DueRow
                key={d.subjectId}
                api={api}
                due={d}
                proposed={proposed.has(d.subjectId)}
                locale={locale}
              />
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
};
