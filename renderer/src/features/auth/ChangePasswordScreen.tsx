import { Button, Card, MessageBar, MessageBarBody, Title1 } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassword } from '@shared/password';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useAuthPageStyles } from './LoginScreen';

type Props = {
  readonly username: string;
  readonly viaRecovery: boolean;
  /** Resolves with an i18n error key, or null when the password was changed. */
  readonly onChange: (current: string | null, next: string) => Promise<string | null>;
};

// Forced after an initial password, a reset or a recovery: nothing else opens until it is done.
export const ChangePasswordScreen = ({ username, viaRecovery, onChange }: Props) => {
  const { t } = useTranslation();
  const styles = useAuthPageStyles();
  const formStyles = useFormStyles();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const [rule] = checkPassword(next, { username });
    const localError =
      (rule ? `password.rules.${rule}` : null) ??
      (next !== repeat ? 'password.rules.mismatch' : null) ??
      (!viaRecovery && next === current ? 'password.rules.sameAsOld' : null);
    if (localError) {
      setErrorKey(localError);
      return;
    }
    setBusy(true);
    const result = await onChange(viaRecovery ? null : current, next);
    setBusy(false);
    setErrorKey(result);
  };

  return (
    <main className={styles.page} id="main-content">
      <Title1 as="h1">{t('auth.changePassword.heading')}</Title1>
      <Card className={styles.card}>
        <MessageBar intent="info">
          <MessageBarBody>
            {t(viaRecovery ? 'auth.changePassword.afterRecovery' : 'auth.changePassword.forced')}
          </MessageBarBody>
        </MessageBar>
        <form
          className={formStyles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {viaRecovery ? null : (
            <TextField
              label={t('auth.changePassword.current')}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(_e, d) => {
                setCurrent(d.value);
              }}
            />
          )}
          <TextField
            label={t('auth.changePassword.new')}
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(_e, d) => {
              setNext(d.value);
            }}
            errorKey={errorKey ?? undefined}
          />
          <TextField
            label={t('auth.changePassword.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(_e, d) => {
              setRepeat(d.value);
            }}
          />
          <div className={formStyles.actions}>
            <Button appearance="primary" type="submit" disabled={busy}>
              {t('auth.changePassword.save')}
            </Button>
          </div>
        </form>
        {errorKey && !errorKey.startsWith('password.') ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t(errorKey)}</MessageBarBody>
          </MessageBar>
        ) : null}
      </Card>
    </main>
  );
};
