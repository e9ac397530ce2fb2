// #/consents/<subjectId>: each purpose's state in words and an icon, the date use stopped after
// a withdrawal, the full history, the issued forms, and recording answers or a withdrawal.
import { loadBundledTemplates } from '@shared/pdf';
import {
  Body1,
  Button,
  Card,
  Dialog,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  Spinner,
  Subtitle1,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  ArrowUndo20Regular,
  Edit20Regular,
  Print20Regular,
} from '@fluentui/react-icons';
import { formatDate, todayIso } from '@shared/text';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personDetail } from '../../components/PersonName';
import { useSubjectKind } from '../../components/subject-kind';
import { useNotify } from '../../components/use-notify';
import { useScreenCommand } from '../../components/use-screen-command';
import type { HistoryEntry, PurposeStatus, SubjectConsents } from '../../services/consents';
import { RecordAnswersForm } from '../forms/RecordAnswersForm';
import type { ConsentsApi } from './consents-api';
import { ConsentHistory } from './ConsentHistory';
import { CorrectionDialog } from './CorrectionDialog';
import { CustomAnswerDialog } from './CustomAnswerDialog';
import { DateInput, dateLocaleOf } from './DateInput';
import { purposeLabelIn } from './purpose-label';
import { StateBadge } from './StateBadge';
import { WithdrawDialog } from './WithdrawDialog';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1000px',
  },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  forms: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  subjectDetail: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** A withdrawal form's template (a kindergarten's or a client's): ids never change kind. */
const isWithdrawalTemplate = (templateId: string): boolean =>
  loadBundledTemplates().all.some((t) => t.id === templateId && t.kind === 'withdrawal');

export const ChildConsentsPage = ({
  api,
  subjectId,
}: {
  readonly api: ConsentsApi;
  readonly subjectId: string;
}) => {
  const { t, i18n } = useTranslation();
  const kind = useSubjectKind();
  const styles = useStyles();
  const { notifyError } = useNotify();
  const locale = dateLocaleOf(i18n.language);
  const [onDate, setOnDate] = useState<string | null>(todayIso(new Date()));
  const [data, setData] = useState<SubjectConsents | null>(null);
  const [withdrawing, setWithdrawing] = useState<PurposeStatus | null>(null);
  const [recording, setRecording] = useState<string | null>(null);
  const [answering, setAnswering] = useState<PurposeStatus | null>(null);
  const [correcting, setCorrecting] = useState<HistoryEntry | null>(null);

  const [version, setVersion] = useState(0);
  const load = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  useEffect(() => {
    if (onDate === null) return;
    let live = true;
    api
      .subject(subjectId, onDate)
      .then((d) => {
        if (live) setData(d);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, subjectId, onDate, notifyError, version]);

  // Ctrl+P reprints the child's latest consent form, as its "reprint" button does.
  const latestForm = data?.forms
    .filter((f) => !isWithdrawalTemplate(f.templateId))
    .reduce<(typeof data.forms)[number] | null>(
      (latest, f) => (latest === null || f.issuedAt > latest.issuedAt ? f : latest),
      null,
    );
  useScreenCommand(
    'print',
    api.can.issue && latestForm
      ? () => {
          api.reprint(latestForm.formId).catch(notifyError);
        }
      : null,
  );

  if (data === null) return <Spinner label={t('consents.loading')} />;
  return (
    <div className={styles.page}>
      <div>
        <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={api.openList}>
          {t('consents.child.back')}
        </Button>
      </div>
      <div>
        <Title1 as="h1">{t('consents.child.heading', { name: data.subject.name })}</Title1>
        {/* Birth date and group, so a namesake's page is not taken for this one (defect 11). */}
        <Body1 as="p" className={styles.subjectDetail}>
          {personDetail(t, i18n.language, data.subject, kind)}
        </Body1>
      </div>
      <DateInput label={t('consents.onDate')} value={onDate ?? ''} onChange={setOnDate} />
      <section aria-labelledby="purposes-heading" className={styles.cards}>
        <Subtitle1 as="h2" id="purposes-heading">
          {t('consents.child.purposes')}
        </Subtitle1>
        {data.purposes.map((p) => {
          const label = purposeLabelIn(p.purpose, i18n.language);
          // Any legal representative may withdraw, not only the one who signed (defect 6).
          const canWithdraw =
            api.can.withdraw && p.state === 'granted' && data.representatives.length > 0;
          return (
            <Card key={p.purpose.id} className={styles.card} role="group" aria-label={label}>
              <div>
                <Body1 as="p">
                  <strong>{label}</strong>
                </Body1>
                <StateBadge state={p.state} />
                {p.laterCorrection !== null && (
                  <Body1 as="p">
                    {t('consents.correction.laterCorrected', {
                      date: formatDate(p.laterCorrection.correctedOn, locale),
                      state: t(`consents.state.${p.laterCorrection.correctedState}`),
                    })}
                  </Body1>
                )}
                {p.useStoppedOn !== null && (
                  <Body1 as="p">
                    {t('consents.child.stoppedOn', { date: formatDate(p.useStoppedOn, locale) })}
                  </Body1>
                )}
              </div>
              <div className={styles.actions}>
                {api.can.record && !p.purpose.builtIn && (
                  <Button
                    icon={<Edit20Regular />}
                    onClick={() => {
                      setAnswering(p);
                    }}
                    aria-label={t('consents.customAnswer.recordItem', { purpose: label })}
                  >
                    {t('consents.customAnswer.record')}
                  </Button>
                )}
                {canWithdraw && (
                  <Button
                    icon={<ArrowUndo20Regular />}
                    onClick={() => {
                      setWithdrawing(p);
                    }}
                    aria-label={t('consents.child.withdrawItem', { purpose: label })}
                  >
                    {t('consents.child.withdraw')}
                  </Button>
                )}
              </div>
            </Card>
          );
        })}
      </section>
      <section aria-labelledby="history-heading">
        <Subtitle1 as="h2" id="history-heading">
          {t('consents.child.history')}
        </Subtitle1>
        <ConsentHistory
          api={api}
          history={data.history}
          purposes={data.purposes.map((p) => p.purpose)}
          {...(api.can.correct ? { onCorrect: setCorrecting } : {})}
        />
      </section>
      <section aria-labelledby="forms-heading">
        <Subtitle1 as="h2" id="forms-heading">
          {t('consents.child.forms')}
        </Subtitle1>
        {data.forms.length === 0 ? (
          <Body1 as="p">{t('consents.child.noForms')}</Body1>
        ) : (
          <ul className={styles.forms}>
            {data.forms.map((f) => (
              <li key={f.formId}>
                {f.formId}
                {isWithdrawalTemplate(f.templateId)
                  ? ` (${t('consents.child.withdrawalForm')})`
                  : ''}{' '}
                ·{' '}
                {t('consents.child.issuedOn', {
                  date: formatDate(todayIso(new Date(f.issuedAt)), locale),
                })}{' '}
                · {t('consents.child.version', { version: f.templateVersion })}{' '}
                {api.can.record && !isWithdrawalTemplate(f.templateId) && (
                  <Link
                    onClick={() => {
                      setRecording(f.formId);
                    }}
                  >
                    {t('consents.child.record')}
                  </Link>
                )}{' '}
                {api.can.issue && !isWithdrawalTemplate(f.templateId) && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<Print20Regular />}
                    onClick={() => {
                      api.reprint(f.formId).catch(notifyError);
                    }}
                  >
                    {t('consents.child.reprint')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {withdrawing && (
        <WithdrawDialog
          api={api}
          subject={data.subject}
          representatives={data.representatives}
          purpose={{
            id: withdrawing.purpose.id,
            label: purposeLabelIn(withdrawing.purpose, i18n.language),
          }}
          onClose={(changed) => {
            setWithdrawing(null);
            if (changed) load();
          }}
        />
      )}
      {correcting && (
        <CorrectionDialog
          api={api}
          subjectId={subjectId}
          entry={correcting}
          purposeLabel={(() => {
            const purpose = data.purposes.find((p) => p.purpose.id === correcting.purposeId);
            return purpose ? purposeLabelIn(purpose.purpose, i18n.language) : '';
          })()}
          onClose={(changed) => {
            setCorrecting(null);
            if (changed) load();
          }}
        />
      )}
      {answering && (
        <CustomAnswerDialog
          api={api}
          subjectId={subjectId}
          representatives={data.representatives}
          purpose={{
            id: answering.purpose.id,
            label: purposeLabelIn(answering.purpose, i18n.language),
          }}
          onClose={(changed) => {
            setAnswering(null);
            if (changed) load();
          }}
        />
      )}
      {recording !== null && (
        <Dialog
          open
          onOpenChange={(_e, d) => {
            if (!d.open) setRecording(null);
          }}
        >
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{t('forms.record.heading')}</DialogTitle>
              <DialogContent>
                <RecordAnswersForm
                  api={api.recordForm}
                  initialFormId={recording}
                  onRecorded={() => {
                    setRecording(null);
                    load();
                  }}
                />
              </DialogContent>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </div>
  );
};
