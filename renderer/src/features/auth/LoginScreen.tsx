import {
  Body1,
  Button,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../components/LanguagePicker';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';

export type LoginOutcome =
  { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

type Props = {
  readonly onLogin: (username: string, password: string) => Promise<LoginOutcome>;
  readonly onRecovery: (code: string) => Promise<boolean>;
};

export const useAuthPageStyles = makeStyles({
  page: { maxWidth: '480px', margin: '64px auto', padding: '0 24px' },
  card: { padding: tokens.spacingVerticalXL, marginTop: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

const useCountdown = (until: number): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return undefined;
    const timer = window.setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      window.clearInterval(timer);
    };
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
};

// Sign-in for a locked or just-started app. It shows nothing personal: no user list, no names.
export const LoginScreen = ({ onLogin, onRecovery }: Props) => {
  const { t } = useTranslation();
  const styles = useAuthPageStyles();
  const formStyles = useFormStyles();
  const [mode, setMode] = useState<'password' | 'recovery'>('password');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [retryUntil, setRetryUntil] = useState(0);
  const secondsLeft = useCountdown(retryUntil);

  const submit = async () => {
    if (busy || secondsLeft > 0) return;
    setBusy(true);
    setFailed(false);
    const outcome =
      mode === 'password'
        ? await onLogin(username.trim(), password)
        : { ok: await onRecovery(code) };
    setBusy(false);
    if (outcome.ok) return;
    setFailed(true);
    setPassword('');
    if ('retryAfterMs' in outcome && outcome.retryAfterMs > 0)
      setRetryUntil(Date.now() + outcome.retryAfterMs);
  };

  return (
    <main className={styles.page} id="main-content">
      <div className={styles.top}>
        <Title1 as="h1">{t(mode === 'password' ? 'auth.heading' : 'auth.recoveryHeading')}</Title1>
        <LanguagePicker />
      </div>
      <Card className={styles.card}>
        <form
          className={formStyles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {mode === 'password' ? (
            <>
              <TextField
                label={t('auth.username')}
                autoComplete="off"
                autoFocus
                value={username}
                onChange={(_e, d) => {
                  setUsername(d.value);
                }}
              />
              <TextField
                label={t('auth.password')}
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(_e, d) => {
                  setPassword(d.value);
                }}
              />
            </>
          ) : (
            <TextField
              label={t('auth.recoveryCode')}
              hint={t('auth.recoveryHint')}
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={code}
              onChange={(_e, d) => {
                setCode(d.value);
              }}
            />
          )}
          {failed ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                {t(mode === 'password' ? 'auth.failed' : 'auth.recoveryFailed')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {secondsLeft > 0 ? (
            <MessageBar intent="warning" role="status">
              <MessageBarBody>{t('auth.waitSeconds', { seconds: secondsLeft })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={formStyles.actions}>
            <Button appearance="primary" type="submit" disabled={busy || secondsLeft > 0}>
              {mode === 'password' ? t('auth.signIn') : t('auth.recoveryOpen')}
            </Button>
            {busy ? <Spinner size="tiny" label={t('auth.signingIn')} /> : null}
          </div>
        </form>
        {mode === 'password' ? (
          <Body1 as="p">
            {t('auth.forgotHint')}{' '}
            <Link
              as="button"
              onClick={() => {
                setMode('recovery');
                setFailed(false);
              }}
            >
              {t('auth.useRecovery')}
            </Link>
          </Body1>
        ) : (
          <Link
            as="button"
            onClick={() => {
              setMode('password');
              setFailed(false);
            }}
          >
            {t('auth.backToLogin')}
          </Link>
        )}
      </Card>
    </main>
  );
};
