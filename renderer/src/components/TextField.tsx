import { Field, Input, type InputProps } from '@fluentui/react-components';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Omit<InputProps, 'size'> & {
  readonly label: string;
  readonly hint?: string;
  /** An i18n key (as zod schemas in shared/ produce) or undefined. */
  readonly errorKey?: string | undefined;
  readonly required?: boolean;
};

// A labelled input whose validation message is an i18n key, shown on the field itself.
// Autocomplete is off unless a caller asks otherwise: Chromium's form history would otherwise
// keep every typed name and phone in plaintext in the profile ("Web Data").
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField(
  { label, hint, errorKey, required, ...input },
  ref,
) {
  const { t } = useTranslation();
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={errorKey ? 'error' : 'none'}
      validationMessage={errorKey ? t(errorKey) : undefined}
    >
      <Input ref={ref} autoComplete="off" {...input} />
    </Field>
  );
});
