// After the decision: correct the record through its normal edit screen, restrict it, or record
// that erasure was decided; then the recipients who received the person's data, each ticked as
// notified or not needed (GDPR Art. 19), due within the procedure's working days.
import { Body1, Button, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Disclosure } from '../../services/requests';
import { formatDate, type IsoDate } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { useNotify } from '../../components/use-notify';
import { DateInput, dateLocaleOf } from '../consents/DateInput';
import { ActionDialog } from './ActionDialog';
import type { RequestDetail, RequestsApi } from './requests-api';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  notices: { listStyle: 'none', margin: 0, padding: 0 },
  notice: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

type Props = {
  readonly api: RequestsApi;
  readonly detail: RequestDetail;
  readonly onChanged: () => void;
};

const NotNeededDialog = ({
  onSave,
  onClose,
}: {
  onSave: (reason: string) => Promise<void>;
  onClose: (saved: boolean) => void;
}) => {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <ActionDialog
      title={t('requests.followUp.markNotNeeded')}
      onSave={() => onSave(reason)}
      onClose={onClose}
    >
      {(errors) => (
        <TextAreaField
          label={t('requests.followUp.notNeededReason')}
          required
          value={reason}
          errorKey={errors.reason}
          onChange={setReason}
        />
      )}
    </ActionDialog>
  );
};

const SentDialog = ({
  today,
  onSave,
  onClose,
}: {
  today: IsoDate;
  onSave: (on: string) => Promise<void>;
  onClose: (saved: boolean) => void;
}) => {
  const { t } = useTranslation();
  const [on, setOn] = useState<IsoDate | null>(today);
  return (
    <ActionDialog
      title={t('requests.followUp.markSent')}
      onSave={() => onSave(on ?? '')}
      onClose={onClose}
    >
      {(errors) => (
        <DateInput
          label={t('requests.dialog.on')}
          required
          value={on ?? ''}
          errorKey={errors.on}
          onChange={setOn}
        />
      )}
    </ActionDialog>
  );
};

export const FollowUpSection = ({ api, detail, onChanged }: Props) => {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const [dialog, setDialog] = useState<{
    kind: 'sent' | 'not-needed';
    disclosureId: string;
  } | null>(null);
  const r = detail.request;
  const locale = dateLocaleOf(i18n.language);
  const recipients = new Map<string, Disclosure>(detail.disclosures.map((d) => [d.id, d]));
  const followUp = (kind: 'erasure-decided' | 'restricted') => {
    api
      .followUp(r.id, {
        kind,
        on: api.today,
        ...(kind === 'restricted'
          ? { restrictionReason: t('requests.followUp.restrictReason', { number: r.number }) }
          : {}),
      })
      .then(onChanged)
      .catch(notifyError);
  };
  const close = (saved: boolean) => {
    setDialog(null);
    if (saved) onChanged();
  };
  const pending = r.notices.some((n) => n.state === 'pending');
  return (
    <Card>
      <Subtitle2 as="h2">{t('requests.followUp.heading')}</Subtitle2>
      {r.followUp ? (
        <Body1 as="p">
          {t('requests.followUp.done', {
            kind: t(`requests.followUp.kind.${r.followUp.kind}`),
            date: formatDate(r.followUp.on, locale),
          })}
        </Body1>
      ) : null}
      {api.can.manage ? (
        <div className={styles.row}>
          {r.type === 'rectification' && api.can.editRecord ? (
            <Button
              appearance="primary"
              onClick={() => {
                api.nav.rectify(r.id);
              }}
            >
              {t('requests.followUp.rectify')}
            </Button>
          ) : null}
          {['restriction', 'rectification', 'erasure', 'objection'].includes(r.type) &&
          api.can.restrict ? (
            <Button
              onClick={() => {
                followUp('restricted');
              }}
            >
              {t('requests.followUp.restrict')}
            </Button>
          ) : null}
          {['erasure', 'objection'].includes(r.type) ? (
            <Button
              onClick={() => {
                followUp('erasure-decided');
              }}
            >
              {t('requests.followUp.erasure')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {r.type === 'rectification' ? (
        <Body1 as="p">{t('requests.followUp.rectifyHint')}</Body1>
      ) : null}
      {['erasure', 'objection'].includes(r.type) ? (
        <Body1 as="p">{t('requests.followUp.erasureNote')}</Body1>
      ) : null}
      {r.followUp ? (
        <>
          <Subtitle2 as="h3">{t('requests.followUp.notices')}</Subtitle2>
          {pending && detail.due?.what === 'notices' ? (
            <Body1 as="p">
              {t('requests.followUp.noticesDue', { date: formatDate(detail.due.on, locale) })}
            </Body1>
          ) : null}
          {r.notices.length === 0 ? (
            <Body1 as="p">{t('requests.followUp.noRecipients')}</Body1>
          ) : null}
          <ul className={styles.notices} aria-label={t('requests.followUp.notices')}>
            {r.notices.map((n) => {
              const d = recipients.get(n.disclosureId);
              return (
                <li key={n.disclosureId} className={`${styles.row} ${styles.notice}`}>
                  <span>
                    <strong>{d?.recipient ?? '—'}</strong>
                    {d ? ` · ${formatDate(d.on, locale)}` : ''} —{' '}
                    {t(`requests.followUp.state.${n.state}`, {
                      date: n.on ? formatDate(n.on, locale) : '',
                      reason: n.reason ?? '',
                    })}
                  </span>
                  {api.can.manage && n.state === 'pending' ? (
                    <>
                      <Button
                        size="small"
                        onClick={() => {
                          setDialog({ kind: 'sent', disclosureId: n.disclosureId });
                        }}
                      >
                        {t('requests.followUp.markSent')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => {
                          setDialog({ kind: 'not-needed', disclosureId: n.disclosureId });
                        }}
                      >
                        {t('requests.followUp.markNotNeeded')}
                      </Button>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {dialog?.kind === 'sent' ? (
        <SentDialog
          today={api.today}
          onClose={close}
          onSave={(on) => api.setNotice(r.id, dialog.disclosureId, { state: 'sent', on })}
        />
      ) : null}
      {dialog?.kind === 'not-needed' ? (
        <NotNeededDialog
          onClose={close}
          onSave={(reason) =>
            api.setNotice(r.id, dialog.disclosureId, { state: 'not-needed', reason })
          }
        />
      ) : null}
    </Card>
  );
};
