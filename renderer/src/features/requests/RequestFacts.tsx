// The facts of one request as a definition list, and its history with who did what and when.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate, todayIso } from '@shared/text';
import { useTranslation } from 'react-i18next';
import { DetailList, type DetailRow } from '../../components/DetailList';
import { dateLocaleOf } from '../consents/DateInput';
import { DueText } from './DueText';
import type { RequestDetail } from './requests-api';

const useStyles = makeStyles({
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Row = DetailRow;

export const RequestFacts = ({ detail }: { readonly detail: RequestDetail }) => {
  const { t, i18n } = useTranslation();
  const locale = dateLocaleOf(i18n.language);
  const date = (iso: string) => formatDate(iso, locale);
  const r = detail.request;
  const staff = (id: string | undefined) => (id === undefined ? '' : (detail.staff.get(id) ?? ''));
  const rows: Row[] = [
    [t('requests.detail.status'), t(`requests.status.${r.status}`)],
    [t('requests.detail.received'), date(r.receivedOn)],
    [t('requests.detail.channel'), t(`requests.channel.${r.channel}`)],
    [
      t('requests.detail.about'),
      detail.aboutKind === 'unregistered'
        ? `${detail.about} (${t('requests.notInRegister')})`
        : detail.about || t('requests.unnamed'),
    ],
    [
      t('requests.detail.requester'),
      r.requester.kind === 'data-subject'
        ? t('requests.requesterKind.data-subject')
        : `${detail.requesterName} — ${r.requester.authority ? t(`requests.authority.${r.requester.authority}`) : ''}`,
    ],
    [
      t('requests.detail.identity'),
      `${t(`requests.identity.${r.identity.method}`)}${
        r.identity.checkedOn
          ? `, ${t('requests.detail.checkedBy', { name: staff(r.identity.checkedBy), date: date(r.identity.checkedOn) })}`
          : ''
      }${r.identity.note ? ` (${r.identity.note})` : ''}`,
    ],
  ];
  if (r.details) rows.push([t('requests.detail.details'), r.details]);
  if (r.replyTo) rows.push([t('requests.detail.replyTo'), r.replyTo]);
  if (r.notes) rows.push([t('requests.detail.notes'), r.notes]);
  rows.push([
    t('requests.detail.answerDue'),
    <>
      {date(detail.answerDue)}
      {r.extension ? ` (${t('requests.extendedBy', { count: r.extension.months })})` : ''}{' '}
      {detail.urgency && detail.due?.what === 'answer' ? (
        <DueText urgency={detail.urgency} />
      ) : null}
    </>,
  ]);
  if (!r.extension && detail.due?.what === 'answer') {
    rows.push([t('requests.detail.extensionDeadline'), date(detail.extensionDeadline)]);
  }
  if (r.extension) rows.push([t('requests.detail.extension'), r.extension.reasons]);
  if (r.clarification)
    rows.push([
      t('requests.detail.clarification'),
      `${date(r.clarification.on)}: ${r.clarification.text}`,
    ]);
  if (r.outcome) {
    const reasons = (r.outcome.reasons ?? []).map((x) => t(`requests.reason.${x}`)).join('; ');
    rows.push([
      t('requests.detail.outcome'),
      [
        date(r.outcome.on),
        r.outcome.partial ? t('requests.detail.partialRefusal') : '',
        reasons,
        r.outcome.text ?? '',
      ]
        .filter(Boolean)
        .join(' — '),
    ]);
  }
  return <DetailList rows={rows} />;
};

export const RequestHistory = ({ detail }: { readonly detail: RequestDetail }) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const locale = dateLocaleOf(i18n.language);
  return (
    <ol className={styles.history} aria-label={t('requests.detail.history')}>
      {detail.request.history.map((h, index) => (
        <li key={`${h.at}-${String(index)}`}>
          {formatDate(todayIso(new Date(h.at)), locale)} — {t(`requests.event.${h.event}`)}
          {h.ref ? ` Nr. ${h.ref}` : ''}
          {detail.staff.get(h.by) ? <Caption1> · {detail.staff.get(h.by)}</Caption1> : null}
        </li>
      ))}
    </ol>
  );
};
