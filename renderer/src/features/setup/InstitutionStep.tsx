import { Button, Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { institutionFormSchema, type InstitutionForm } from './setup-schemas';
import { useFormStyles } from '../../components/form-styles';

type Props = {
  readonly initial: InstitutionForm;
  readonly onNext: (value: InstitutionForm) => void;
  /** Label of the submit button (default: "Tālāk"). */
  readonly submitLabel?: string;
  /** Kind and country are fixed once the register exists (they decide its whole shape). */
  readonly lockKindAndCountry?: boolean;
};

export const InstitutionStep = ({
  initial,
  onNext,
  submitLabel,
  lockKindAndCountry = false,
}: Props) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { register, control, handleSubmit, formState } = useForm<InstitutionForm>({
    resolver: zodResolver(institutionFormSchema),
    defaultValues: initial,
    // Checked on "Tālāk", then again as the user types: never on blur, where a message
    // appearing or going moved the button under the pointer and lost the click (defect 9).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const err = (name: keyof InstitutionForm) => formState.errors[name]?.message;
  // Fluent's Input and Textarea are controlled inside: without their own defaultValue they show
  // an empty box while the form holds the initial value (the demo's institution, the saved one in
  // Settings), and an empty-looking required field then went through (issue 14, defect 11).
  const text = (name: Exclude<keyof InstitutionForm, 'kind' | 'country'>) => ({
    ...register(name),
    defaultValue: initial[name],
  });
  return (
    <form className={styles.form} noValidate onSubmit={(e) => void handleSubmit(onNext)(e)}>
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <Field label={t('setup.institution.kind')}>
            <RadioGroup
              layout="horizontal"
              disabled={lockKindAndCountry}
              value={field.value}
              onChange={(_e, d) => {
                field.onChange(d.value);
              }}
            >
              <Radio value="kindergarten" label={t('setup.institution.kindKindergarten')} />
              <Radio value="socialOffice" label={t('setup.institution.kindSocialOffice')} />
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        control={control}
        name="country"
        render={({ field }) => (
          <Field label={t('setup.institution.country')}>
            <RadioGroup
              layout="horizontal"
              disabled={lockKindAndCountry}
              value={field.value}
              onChange={(_e, d) => {
                field.onChange(d.value);
              }}
            >
              <Radio value="LV" label={t('setup.institution.countryLV')} />
              <Radio value="LT" label={t('setup.institution.countryLT')} />
            </RadioGroup>
          </Field>
        )}
      />
      <TextField
        label={t('setup.institution.name')}
        required
        errorKey={err('name')}
        {...text('name')}
      />
      <div className={styles.row}>
        <TextField
          label={t('setup.institution.registrationNumber')}
          errorKey={err('registrationNumber')}
          {...text('registrationNumber')}
        />
        <TextField
          label={t('setup.institution.phone')}
          type="tel"
          errorKey={err('phone')}
          {...text('phone')}
        />
      </div>
      <TextField
        label={t('setup.institution.address')}
        errorKey={err('address')}
        {...text('address')}
      />
      <TextField
        label={t('setup.institution.email')}
        type="email"
        errorKey={err('email')}
        {...text('email')}
      />
      <TextField
        label={t('setup.institution.controllerName')}
        hint={t('setup.institution.controllerNameHint')}
        required
        errorKey={err('controllerName')}
        {...text('controllerName')}
      />
      <TextField
        label={t('setup.institution.operatorName')}
        required
        errorKey={err('operatorName')}
        {...text('operatorName')}
      />
      <Field
        label={t('setup.institution.recipients')}
        hint={t('setup.institution.recipientsHint')}
        validationMessage={err('recipients') ? t(err('recipients') ?? '') : undefined}
      >
        <Textarea textarea={{ autoComplete: 'off' }} {...text('recipients')} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {submitLabel ?? t('setup.next')}
        </Button>
      </div>
    </form>
  );
};
