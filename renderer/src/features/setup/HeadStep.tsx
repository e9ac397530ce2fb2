import { Button, Spinner } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkPassword } from '@shared/password';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { headFormSchema, type HeadForm } from './setup-schemas';

type Props = {
  readonly initial: HeadForm;
  readonly busy: boolean;
  readonly onBack: () => void;
  readonly onNext: (value: HeadForm) => void;
};

export const HeadStep = ({ initial, busy, onBack, onNext }: Props) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { register, handleSubmit, formState, setError } = useForm<HeadForm>({
    resolver: zodResolver(headFormSchema),
    defaultValues: initial,
    // Checked on "Tālāk", then again as the user types: never on blur, where a message
    // appearing or going moved the button under the pointer and lost the click (defect 9).
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const err = (name: keyof HeadForm) => formState.errors[name]?.message;
  // Fluent's Input shows only its own defaultValue, not the form's (see InstitutionStep).
  const text = (name: keyof HeadForm) => ({ ...register(name), defaultValue: initial[name] });
  const submit = (value: HeadForm) => {
    const [first] = checkPassword(value.password, { username: value.username });
    if (first) {
      setError('password', { message: `password.rules.${first}` }, { shouldFocus: true });
      return;
    }
    onNext(value);
  };
  return (
    <form className={styles.form} noValidate onSubmit={(e) => void handleSubmit(submit)(e)}>
      <TextField
        label={t('setup.head.displayName')}
        required
        autoComplete="off"
        errorKey={err('displayName')}
        {...text('displayName')}
      />
      <TextField
        label={t('setup.head.username')}
        hint={t('setup.head.usernameHint')}
        required
        autoComplete="off"
        errorKey={err('username')}
        {...text('username')}
      />
      <TextField
        label={t('setup.head.password')}
        hint={t('setup.head.passwordHint')}
        type="password"
        required
        autoComplete="new-password"
        errorKey={err('password')}
        {...text('password')}
      />
      <TextField
        label={t('setup.head.passwordRepeat')}
        type="password"
        required
        autoComplete="new-password"
        errorKey={err('passwordRepeat')}
        {...text('passwordRepeat')}
      />
      {busy ? <Spinner size="small" label={t('setup.head.creating')} /> : null}
      <div className={styles.actions}>
        <Button onClick={onBack} disabled={busy}>
          {t('setup.back')}
        </Button>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('setup.next')}
        </Button>
      </div>
    </form>
  );
};
