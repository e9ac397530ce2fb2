// Every recorded answer and withdrawal of a child, newest first. Nothing here is ever edited.
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Purpose } from '@shared/consent';
import { formatDate } from '@shared/text';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import type { HistoryEntry } from '../../services/consents';
import type { ConsentsApi } from './consents-api';
import { dateLocaleOf } from './DateInput';
import { purposeLabelIn } from './purpose-label';
import { StateBadge } from './StateBadge';

type Props = {
  readonly api: ConsentsApi;
  readonly history: readonly HistoryEntry[];
  readonly purposes: readonly Purpose[];
};

export const ConsentHistory = ({ api, history, purposes }: Props) => {
  const { t, i18n } = useTranslation();
  const { notifyError } = useNotify();
  const locale = dateLocaleOf(i18n.language);
  if (history.length === 0) return <Body1 as="p">{t('consents.child.noHistory')}</Body1>;
  const label = (id: string) => {
    const p = purposes.find((x) => x.id === id);
    return p ? purposeLabelIn(p, i18n.language) : id;
  };
  return (
    <Table size="small" aria-label={t('consents.child.history')}>
      <TableHeader>
        <TableRow>
          {(
            ['date', 'purpose', 'event', 'representative', 'channelCol', 'form', 'scan'] as const
          ).map((k) => (
            <TableHeaderCell key={k} scope="col">
              {t(`consents.child.${k}`)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {history.map((h) => (
          <TableRow key={h.id}>
            <TableCell>{formatDate(h.on, locale)}</TableCell>
            <TableCell>{label(h.purposeId)}</TableCell>
            <TableCell>
              <StateBadge state={h.kind} />
            </TableCell>
            <TableCell>{h.representativeName}</TableCell>
            <TableCell>{t(`consents.channel.${h.channel}`)}</TableCell>
            <TableCell>{h.formId ?? '—'}</TableCell>
            <TableCell>
              {h.evidenceId !== undefined ? (
                <Button
                  size="small"
                  onClick={() => {
                    api.openScan(h.evidenceId ?? '').catch(notifyError);
                  }}
                >
                  {t('consents.child.openScan')}
                </Button>
              ) : (
                t(h.hasScan ? 'consents.child.scanHidden' : 'consents.child.noScan')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
