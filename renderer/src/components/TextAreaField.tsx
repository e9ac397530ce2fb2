import { Field, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

type Props = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** An i18n key, shown on the field, or undefined. */
  readonly errorKey?: string | undefined;
  readonly required?: boolean;
  readonly rows?: number;
};

// A labelled multi-line text whose validation message is an i18n key. Autocomplete is always
// off: Chromium otherwise keeps a textarea's text in its session-restore files ("Sessions/"), in
// plaintext; the requests e2e at-rest probe found a typed description there.
export const TextAreaField = ({ label, value, onChange, errorKey, required, rows }: Props) => {
  const { t } = useTranslation();
  return (
    <Field
      label={label}
      required={required}
      validationState={errorKey ? 'error' : 'none'}
      validationMessage={errorKey ? t(errorKey) : undefined}
    >
      <Textarea
        textarea={{ autoComplete: 'off' }}
        value={value}
        rows={rows}
        resize="vertical"
        onChange={(_e, d) => {
          onChange(d.value);
        }}
      />
    </Field>
  );
};
