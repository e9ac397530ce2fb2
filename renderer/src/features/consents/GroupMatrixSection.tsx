// Children x purposes for one group on a date, and the printable dated sheet for the staff room.
import {
  Body1,
  Button,
  Field,
  Link,
  Select,
  Spinner,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import { formatDate, todayIso } from '@shared/text';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import { useScreenCommand } from '../../components/use-screen-command';
import type { GroupMatrix } from '../../services/consents';
import type { Choice } from '../forms/forms-api';
import type { ConsentsApi } from './consents-api';
import { DateInput, dateLocaleOf } from './DateInput';
import { purposeLabelIn } from './purpose-label';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  table: { marginTop: tokens.spacingVerticalM },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    padding: tokens.spacingVerticalS,
  },
  // A namesake's birth date stays on the name's line: the column widens instead of the row
  // wrapping into two cramped lines.
  name: { whiteSpace: 'nowrap' },
});

export const GroupMatrixSection = ({ api }: { readonly api: ConsentsApi }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [groups, setGroups] = useState<Choice[]>([]);
  const [groupId, setGroupId] = useState('');
  const [onDate, setOnDate] = useState<string | null>(todayIso(new Date()));
  const [loaded, setLoaded] = useState<{ key: string; matrix: GroupMatrix } | null>(null);
  const key = `${groupId}|${onDate ?? ''}`;
  const matrix = loaded?.matrix ?? null;
  const busy = groupId !== '' && onDate !== null && loaded?.key !== key;

  useEffect(() => {
    api
      .groups()
      .then((g) => {
        setGroups(g);
        setGroupId((current) => current || (g[0]?.id ?? ''));
      })
      .catch(notifyError);
  }, [api, notifyError]);

  useEffect(() => {
    if (groupId === '' || onDate === null) return;
    let live = true;
    const requested = `${groupId}|${onDate}`;
    api
      .groupMatrix(groupId, onDate)
      .then((m) => {
        if (live) setLoaded({ key: requested, matrix: m });
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, groupId, onDate, notifyError]);

  const print = () => {
    if (groupId === '' || onDate === null) return;
    api.printGroupSheet(groupId, onDate).catch(notifyError);
  };
  // Ctrl+P prints the sheet shown, as the button does.
  useScreenCommand('print', api.can.groupSheet && groupId !== '' && onDate !== null ? print : null);

  return (
    <section aria-labelledby="matrix-heading">
      <Subtitle1 as="h2" id="matrix-heading">
        {t('consents.matrix.heading')}
      </Subtitle1>
      <div className={styles.controls}>
        <Field label={t('consents.matrix.group')}>
          <Select
            value={groupId}
            onChange={(_e, d) => {
              setGroupId(d.value);
            }}
          >
            {groupId === '' && <option value="">{t('consents.matrix.chooseGroup')}</option>}
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </Select>
        </Field>
        <DateInput label={t('consents.onDate')} value={onDate ?? ''} onChange={setOnDate} />
        {api.can.groupSheet && (
          <Button
            icon={<Print20Regular />}
            onClick={print}
            disabled={groupId === '' || onDate === null}
          >
            {t('consents.matrix.printSheet')}
          </Button>
        )}
      </div>
      {api.can.groupSheet && <Body1 as="p">{t('consents.matrix.sheetHint')}</Body1>}
      {busy && <Spinner size="tiny" label={t('consents.loading')} />}
      {matrix &&
        !busy &&
        (matrix.rows.length === 0 ? (
          <Body1 as="p">{t('consents.matrix.empty')}</Body1>
        ) : (
          <Table className={styles.table} size="small">
            <caption className={styles.caption}>
              {t('consents.matrix.caption', {
                group: matrix.group.name,
                date: formatDate(matrix.onDate, dateLocaleOf(i18n.language)),
              })}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('consents.matrix.child')}</TableHeaderCell>
                {matrix.purposes.map((p) => (
                  <TableHeaderCell key={p.id} scope="col">
                    {purposeLabelIn(p, i18n.language)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {matrix.rows.map((row) => (
                <TableRow key={row.subjectId}>
                  <TableCell className={styles.name}>
                    <Link
                      onClick={() => {
                        api.openChild(row.subjectId);
                      }}
                    >
                      <PersonName
                        name={row.name}
                        tag={
                          row.namesakeBirthDate === undefined
                            ? undefined
                            : { birthDate: row.namesakeBirthDate }
                        }
                      />
                    </Link>
                  </TableCell>
                  {matrix.purposes.map((p) => (
                    <TableCell key={p.id}>
                      <StateBadge state={row.states[p.id] ?? 'none'} short />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </section>
  );
};
