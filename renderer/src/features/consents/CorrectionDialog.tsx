// Correct one mistaken entry of the history (issue 14, defect 2): choose what it should have
// been (or that it does not belong here at all) and say why. The entry itself stays, struck
// through, with who corrected it, when and why.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  Textarea,
} from '@fluentui/react-components';
import { CONSENT_EVENT_KINDS, type ConsentEventKind } from '@shared/consent';
import { formatDate } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import type { HistoryEntry } from '../../services/consents';
import type { ConsentsApi } from './consents-api';
import { dateLocaleOf } from './DateInput';

type Props = {
  readonly api: ConsentsApi;
  readonly subjectId: string;
  readonly entry: HistoryEntry;
  readonly purposeLabel: string;
  readonly onClose: (changed: boolean) => void;
};

const isKind = (value: string): value is ConsentEventKind =>
  (CONSENT_EVENT_KINDS as readonly string[]).includes(value);

export const CorrectionDialog = ({ api, subjectId, entry, purposeLabel, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const choices = CONSENT_EVENT_KINDS.filter((k) => k !== entry.kind);
  const [kind, setKind] = useState<ConsentEventKind | ''>('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const reasonMissing = reason.trim() === '';

  const save = async () => {
    setTried(true);
    if (kind === '' || reasonMissing) return;
    setBusy(true);
    try {
      await api.correct({ subjectId, eventId: entry.id, kind, reason });
      notify('success', t('consents.correction.saved'));
      onClose(true);
    } catch (error) {
      notifyError(error);
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(_e, d) => {
        if (!d.open) onClose(false);
      }}
    >
      <DialogSurface>
        <form
          noValidate
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('consents.correction.heading')}</DialogTitle>
            <DialogContent className={form.form}>
              <Body1 as="p">
                {t('consents.correction.entry', {
                  date: formatDate(entry.on, dateLocaleOf(i18n.language)),
                  purpose: purposeLabel,
                  answer: t(`consents.correction.kind.${entry.kind}`),
                  representative: entry.representativeName || '—',
                })}
              </Body1>
              <Body1 as="p">{t('consents.correction.intro')}</Body1>
              <Field
                label={t('consents.correction.newAnswer')}
                required
                validationState={tried && kind === '' ? 'error' : 'none'}
                validationMessage={tried && kind === '' ? t('validation.required') : undefined}
              >
                <RadioGroup
                  value={kind}
                  onChange={(_e, d) => {
                    if (isKind(d.value)) setKind(d.value);
                  }}
                >
                  {choices.map((k) => (
                    <Radio key={k} value={k} label={t(`consents.correction.choice.${k}`)} />
                  ))}
                </RadioGroup>
              </Field>
              <Field
                label={t('consents.correction.reason')}
                hint={t('consents.correction.reasonHint')}
                required
                validationState={tried && reasonMissing ? 'error' : 'none'}
                validationMessage={
                  tried && reasonMissing ? t('validation.correctionReason') : undefined
                }
              >
                <Textarea
                  textarea={{ autoComplete: 'off' }}
                  value={reason}
                  maxLength={500}
                  resize="vertical"
                  onChange={(_e, d) => {
                    setReason(d.value);
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {t('consents.correction.save')}
              </Button>
              <Button
                onClick={() => {
                  onClose(false);
                }}
              >
                {t('consents.withdraw.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
};
