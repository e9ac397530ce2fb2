// An answer for one of the institution's own purposes (no printed template item carries it):
// recorded from a written statement or a note, with its date and channel.
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
  Select,
} from '@fluentui/react-components';
import type { ConsentChannel } from '@shared/consent';
import { todayIso } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { ChannelField } from './ChannelField';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import type { ConsentsApi } from './consents-api';
import { DateInput } from './DateInput';

type Props = {
  readonly api: ConsentsApi;
  readonly subjectId: string;
  readonly purpose: { readonly id: string; readonly label: string };
  readonly representatives: readonly { readonly id: string; readonly name: string }[];
  readonly onClose: (changed: boolean) => void;
};

export const CustomAnswerDialog = ({
  api,
  subjectId,
  purpose,
  representatives,
  onClose,
}: Props) => {
  const { t } = useTranslation();
  const tk = useKindT();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [representativeId, setRepresentativeId] = useState(representatives[0]?.id ?? '');
  const [kind, setKind] = useState<'granted' | 'refused'>('granted');
  const [on, setOn] = useState<string | null>(todayIso(new Date()));
  const [channel, setChannel] = useState<ConsentChannel>('in-writing');
  const [signedBy, setSignedBy] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (on === null || representativeId === '') return;
    setBusy(true);
    try {
      await api.recordCustomAnswer({
        subjectId,
        purposeId: purpose.id,
        representativeId,
        kind,
        on,
        channel,
        ...(signedBy.trim() ? { signedBy } : {}),
      });
      notify('success', t('consents.customAnswer.saved'));
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
        <DialogBody>
          <DialogTitle>
            {t('consents.customAnswer.heading')}: {purpose.label}
          </DialogTitle>
          <DialogContent className={form.form}>
            <Body1 as="p">{tk('consents.customAnswer.intro')}</Body1>
            {representatives.length === 0 && (
              <Body1 as="p">{tk('consents.customAnswer.noRepresentatives')}</Body1>
            )}
            <Field label={tk('consents.customAnswer.representative')}>
              <Select
                value={representativeId}
                onChange={(_e, d) => {
                  setRepresentativeId(d.value);
                }}
              >
                {representatives.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('consents.customAnswer.answer')}>
              <RadioGroup
                value={kind}
                onChange={(_e, d) => {
                  setKind(d.value === 'refused' ? 'refused' : 'granted');
                }}
              >
                <Radio value="granted" label={t('consents.customAnswer.granted')} />
                <Radio value="refused" label={t('consents.customAnswer.refused')} />
              </RadioGroup>
            </Field>
            <DateInput
              label={t('consents.customAnswer.on')}
              value={on ?? ''}
              onChange={setOn}
              required
            />
            <ChannelField
              label={t('consents.withdraw.channel')}
              value={channel}
              onChange={setChannel}
            />
            <TextField
              label={t('consents.customAnswer.signedBy')}
              value={signedBy}
              onChange={(_e, d) => {
                setSignedBy(d.value);
              }}
            />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || on === null || representativeId === ''}
              onClick={() => {
                void save();
              }}
            >
              {t('consents.customAnswer.save')}
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
      </DialogSurface>
    </Dialog>
  );
};
