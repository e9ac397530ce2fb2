// One urgency group of the request list as a table; long groups show the first rows and a
// "show more" button so a register of thousands stays quick to open.
import {
  Button,
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatDate } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocaleOf } from '../consents/DateInput';
import { DueText } from './DueText';
import type { RequestListItem, RequestsApi } from './requests-api';

const PAGE = 50;

type Props = {
  readonly api: RequestsApi;
  readonly label: string;
  readonly items: readonly RequestListItem[];
};

export const RequestsTable = ({ api, label, items }: Props) => {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(PAGE);
  const locale = dateLocaleOf(i18n.language);
  return (
    <>
      <Table size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '7em' }}>
              {t('requests.columns.number')}
            </TableHeaderCell>
            <TableHeaderCell style={{ width: '11em' }}>
              {t('requests.columns.type')}
            </TableHeaderCell>
            <TableHeaderCell>{t('requests.columns.about')}</TableHeaderCell>
            <TableHeaderCell style={{ width: '7.5em' }}>
              {t('requests.columns.received')}
            </TableHeaderCell>
            <TableHeaderCell style={{ width: '9em' }}>
              {t('requests.columns.status')}
            </TableHeaderCell>
            <TableHeaderCell style={{ width: '15em' }}>{t('requests.columns.due')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.slice(0, shown).map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                <Link
                  href={`#/requests/${r.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    api.nav.open(r.id);
                  }}
                >
                  {r.number}
                </Link>
              </TableCell>
              <TableCell>{t(`requests.type.${r.type}`)}</TableCell>
              <TableCell>
                {r.about || t('requests.unnamed')}
                {r.aboutKind === 'unregistered' ? (
                  <Caption1> ({t('requests.notInRegister')})</Caption1>
                ) : null}
              </TableCell>
              <TableCell>{formatDate(r.receivedOn, locale)}</TableCell>
              <TableCell>{t(`requests.status.${r.status}`)}</TableCell>
              <TableCell>
                {r.due && r.urgency ? (
                  <>
                    <div>
                      {formatDate(r.due.on, locale)} ·{' '}
                      {t(r.due.what === 'answer' ? 'requests.dueAnswer' : 'requests.dueNotices')}
                      {r.extensionMonths > 0 ? ` · ${t('requests.extendedMark')}` : ''}
                    </div>
                    <DueText urgency={r.urgency} />
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {items.length > shown ? (
        <Button
          appearance="subtle"
          onClick={() => {
            setShown((n) => n + PAGE);
          }}
        >
          {t('requests.showMore')} ({items.length - shown})
        </Button>
      ) : null}
    </>
  );
};
