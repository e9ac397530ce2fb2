// Withdraw one item for one representative from the day the institution received the
// withdrawal (it takes effect on receipt); then optionally print the form.
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
  Select,
} from '@fluentui/react-components';
import { Print20Regular } from '@fluentui/react-icons';
import type { ConsentChannel } from '@shared/consent';
import { todayIso } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKindT } from '../../components/subject-kind';
import { ChannelField } from './ChannelField';
import { useFormStyles } from '../../components/form-styles';
import { PersonName } from '../../components/PersonName';
import { useNotify } from '../../components/use-notify';
import type { NamedSubject } from '../../services/consents';
import type { ConsentsApi } from './consents-api';
import { DateInput } from './DateInput';

type Props = {
  readonly api: ConsentsApi;
  /** The child, named with birth date and group so a namesake is not mistaken (defect 11). */
  readonly subject: NamedSubject;
  readonly purpose: { readonly id: string; readonly label: string };
  /** Every legal representative of the child: any of them may withdraw (issue 14, defect 6). */
  readonly representatives: readonly { readonly id: string; readonly name: string }[];
  readonly onClose: (changed: boolean) => void;
};

export const WithdrawDialog = ({ api, subject, purpose, representatives, onClose }: Props) => {
  const { t } = useTranslation();
  const tk = useKindT();
  const subjectId = subject.id;
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [representativeId, setRepresentativeId] = useState(representatives[0]?.id ?? '');
  const [receivedOn, setReceivedOn] = useState<string | null>(todayIso(new Date()));
  const [channel, setChannel] = useState<ConsentChannel>('in-writing');
  const [saved, setSaved] = useState(false);

  const save = async () => {
    if (receivedOn === null || representativeId === '') return;
    try {
      await api.withdraw({
        subjectId,
        purposeId: purpose.id,
        representativeId,
        receivedOn,
        channel,
      });
      notify('success', t('consents.withdraw.saved'));
      setSaved(true);
    } catch (error) {
      notifyError(error);
    }
  };
  const print = () => {
    api
      .printWithdrawal({ subjectId, representativeId, purposeIds: [purpose.id] })
      .catch(notifyError);
  };

  return (
    <Dialog
      open
      onOpenChange={(_e, d) => {
        if (!d.open) onClose(saved);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {t('consents.withdraw.heading')}: {purpose.label}
          </DialogTitle>
          <DialogContent className={form.form}>
            <Body1 as="p">
              {tk('consents.withdraw.child')} <PersonName name={subject.name} tag={subject} />
            </Body1>
            <Body1 as="p">{t('consents.withdraw.intro')}</Body1>
            <Field label={tk('consents.withdraw.representative')}>
              <Select
                value={representativeId}
                disabled={saved}
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
            <DateInput
              label={t('consents.withdraw.receivedOn')}
              value={receivedOn ?? ''}
              onChange={setReceivedOn}
              required
            />
            <ChannelField
              label={t('consents.withdraw.channel')}
              value={channel}
              onChange={setChannel}
              disabled={saved}
            />
          </DialogContent>
          <DialogActions>
            {!saved && (
              <Button
                appearance="primary"
                disabled={receivedOn === null || representativeId === ''}
                onClick={() => {
                  void save();
                }}
              >
                {t('consents.withdraw.save')}
              </Button>
            )}
            <Button icon={<Print20Regular />} onClick={print} disabled={representativeId === ''}>
              {t('consents.withdraw.print')}
            </Button>
            <Button
              onClick={() => {
                onClose(saved);
              }}
            >
              {/* After a successful save there is nothing to cancel (issue 14, defect 6). */}
              {t(saved ? 'consents.withdraw.close' : 'consents.withdraw.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
