// A date typed as the user writes it (lv: DD.MM.YYYY), reported back as ISO or null.
import { formatDate, parseDateInput, type DateLocale } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

export const dateLocaleOf = (language: string): DateLocale =>
  language.startsWith('lt') ? 'lt' : language.startsWith('en') ? 'en' : 'lv';

type Props = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso: string | null) => void;
  readonly required?: boolean;
  /** A message from the service for this field (i18n key), shown when the text itself parses. */
  readonly errorKey?: string | undefined;
};

export const DateInput = ({ label, value, onChange, required, errorKey }: Props) => {
  const { i18n } = useTranslation();
  const [text, setText] = useState(() =>
    value ? formatDate(value, dateLocaleOf(i18n.language)) : '',
  );
  const iso = parseDateInput(text);
  return (
    <TextField
      style={{ maxWidth: '12em' }}
      label={label}
      value={text}
      required={required}
      inputMode="numeric"
      errorKey={text !== '' && iso === null ? 'validation.date' : errorKey}
      onChange={(_e, data) => {
        setText(data.value);
        onChange(parseDateInput(data.value));
      }}
    />
  );
};
