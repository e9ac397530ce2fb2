// Every recorded answer and withdrawal of a child, newest first. Nothing here is ever edited: a
// mistaken entry is corrected by a new one, and the old one stays, struck through, with who
// corrected it, when and why (issue 14, defect 2).
import {
  Body1,
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Edit16Regular } from '@fluentui/react-icons';
import type { Purpose } from '@shared/consent';
import { formatDate, todayIso } from '@shared/text';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { useNotify } from '../../components/use-notify';
import type { HistoryEntry } from '../../services/consents';
import type { ConsentsApi } from './consents-api';
import { dateLocaleOf } from './DateInput';
import { purposeLabelIn } from './purpose-label';
import { StateBadge } from './StateBadge';

const useStyles = makeStyles({
  struck: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  // The badge is inline-flex: a line-through on its wrapper does not reach its text.
  struckBadge: { '& span': { textDecorationLine: 'line-through' } },
  note: { display: 'block', color: tokens.colorNeutralForeground2 },
  voided: { fontWeight: tokens.fontWeightSemibold },
});

type Props = {
  readonly api: ConsentsApi;
  readonly history: readonly HistoryEntry[];
  readonly purposes: readonly Purpose[];
  /** Offered on entries still in force when the session may correct. */
  readonly onCorrect?: (entry: HistoryEntry) => void;
};

const COLUMNS = ['date', 'purpose', 'event', 'representative', 'channelCol', 'form', 'scan'];

/** The event in words: the answer's badge, or "voided"; a correction says what it replaced. */
const EventCell = ({ entry }: { readonly entry: HistoryEntry }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const locale = dateLocaleOf(i18n.language);
  const when = (iso: string) => formatDate(todayIso(new Date(iso)), locale);
  return (
    <>
      {entry.kind === 'voided' ? (
        <span className={styles.voided}>{t('consents.correction.voidedEvent')}</span>
      ) : (
        <span className={entry.correctedBy ? styles.struckBadge : undefined}>
          <StateBadge state={entry.kind} />
        </span>
      )}
      {entry.supersedes !== undefined && (
        <Caption1 className={styles.note}>
          {t('consents.correction.isCorrection', {
            date: when(entry.recordedAt),
            name: entry.recordedByName || '—',
            reason: entry.correctionReason ?? '',
          })}
        </Caption1>
      )}
      {entry.correctedBy && (
        <Caption1 className={styles.note}>
          {t('consents.correction.wasCorrected', {
            date: when(entry.correctedBy.at),
            name: entry.correctedBy.byName || '—',
            reason: entry.correctedBy.reason,
          })}
        </Caption1>
      )}
    </>
  );
};

export const ConsentHistory = ({ api, history, purposes, onCorrect }: Props) => {
  const { t, i18n } = useTranslation();
  const tk = useKindT();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const locale = dateLocaleOf(i18n.language);
  if (history.length === 0) return <Body1 as="p">{t('consents.child.noHistory')}</Body1>;
  const label = (id: string) => {
    const p = purposes.find((x) => x.id === id);
    return p ? purposeLabelIn(p, i18n.language) : id;
  };
  const struck = (h: HistoryEntry) => (h.correctedBy ? styles.struck : undefined);
  return (
    <Table size="small" aria-label={t('consents.child.history')}>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((k) => (
            <TableHeaderCell key={k} scope="col">
              {tk(`consents.child.${k}`)}
            </TableHeaderCell>
          ))}
          {onCorrect && (
            <TableHeaderCell scope="col">{t('consents.correction.column')}</TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {history.map((h) => (
          <TableRow key={h.id} data-corrected={h.correctedBy ? 'true' : undefined}>
            <TableCell className={struck(h)}>{formatDate(h.on, locale)}</TableCell>
            <TableCell className={struck(h)}>{label(h.purposeId)}</TableCell>
            <TableCell>
              <EventCell entry={h} />
            </TableCell>
            <TableCell className={struck(h)}>{h.representativeName}</TableCell>
            <TableCell className={struck(h)}>{t(`consents.channel.${h.channel}`)}</TableCell>
            <TableCell className={struck(h)}>{h.formId ?? '—'}</TableCell>
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
                t(
                  h.hasScan
                    ? 'consents.child.scanHidden'
                    : h.scanErased
                      ? 'consents.child.scanErased'
                      : 'consents.child.noScan',
                )
              )}
            </TableCell>
            {onCorrect && (
              <TableCell>
                {!h.correctedBy && h.kind !== 'voided' && (
                  <Button
                    size="small"
                    icon={<Edit16Regular />}
                    aria-label={t('consents.correction.correctItem', {
                      date: formatDate(h.on, locale),
                      purpose: label(h.purposeId),
                    })}
                    onClick={() => {
                      onCorrect(h);
                    }}
                  >
                    {t('consents.correction.correct')}
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
