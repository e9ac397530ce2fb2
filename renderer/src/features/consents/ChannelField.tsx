import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CONSENT_CHANNELS, isConsentChannel, type ConsentChannel } from '@shared/consent';

type Props = {
  readonly label: string;
  readonly value: ConsentChannel;
  readonly onChange: (channel: ConsentChannel) => void;
  readonly disabled?: boolean;
};

/** How a signed answer or a withdrawal reached the institution (in person, in writing, …). */
export const ChannelField = ({ label, value, onChange, disabled }: Props) => {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      <Select
        value={value}
        disabled={disabled}
        onChange={(_e, d) => {
          if (isConsentChannel(d.value)) onChange(d.value);
        }}
      >
        {CONSENT_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`consents.channel.${c}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
};
