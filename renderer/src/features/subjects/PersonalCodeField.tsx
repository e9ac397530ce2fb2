// The personal code box: validated as typed for the institution's country. An invalid code is
// an error on the field (from the schema); a code the app cannot fully verify (the new Latvian
// format's check digit is not public) shows a warning that does not block saving. An old-format
// code carries the birth date, which is then filled in for the user.
import { Field, Input } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '@shared/domain/types';
import {
  parsePersonalCode,
  type PersonalCodeValid,
  type PersonalCodeWarning,
} from '@shared/personal-code/parse';

/** What each accepted-but-unsettled code case asks the user to do (docs/records.md). */
const WARNING_KEYS: Readonly<Record<PersonalCodeWarning, string>> = {
  'checksum-unverified': 'subjects.form.codeUnverified',
  'checksum-remainder-ten': 'subjects.form.codeRemainderTen',
  'birth-month-unknown': 'subjects.form.codeMonthUnknown',
  'lt-lookalike': 'subjects.form.codeLtLookalike',
};

type Props = {
  readonly label: string;
  readonly country: Country;
  readonly value: string;
  readonly errorKey?: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  /** A valid code was typed (e.g. to fill in the birth date). */
  readonly onValid?: (parsed: PersonalCodeValid) => void;
  readonly name?: string;
};

export const PersonalCodeField = forwardRef<HTMLInputElement, Props>(function PersonalCodeField(
  { label, country, value, errorKey, onChange, onBlur, onValid, name },
  ref,
) {
  const { t } = useTranslation();
  const parsed = value.trim() === '' ? null : parsePersonalCode(value, country);
  const warnings = parsed?.valid === true ? parsed.warnings : [];
  const state = errorKey ? 'error' : warnings.length > 0 ? 'warning' : 'none';
  const message = errorKey
    ? t(errorKey)
    : warnings.length > 0
      ? warnings.map((w) => t(WARNING_KEYS[w])).join(' ')
      : undefined;
  return (
    <Field
      label={label}
      hint={t(country === 'LT' ? 'subjects.form.codeHintLt' : 'subjects.form.codeHintLv')}
      validationState={state}
      validationMessage={message}
    >
      <Input
        ref={ref}
        name={name}
        value={value}
        inputMode="numeric"
        autoComplete="off"
        onBlur={onBlur}
        onChange={(_e, d) => {
          onChange(d.value);
          const next = d.value.trim() === '' ? null : parsePersonalCode(d.value, country);
          if (next?.valid === true) onValid?.(next);
        }}
      />
    </Field>
  );
});
