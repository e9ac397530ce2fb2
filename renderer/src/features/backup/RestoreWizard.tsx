// "Atjaunot no rezerves kopijas": choose the file (checked at once), unlock it with the recovery
// code or a staff password of that backup, see what it holds, restore. Every failure is said in
// words and changes nothing; the user can choose another file or try another password.
import { Body1, Button, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { errorText } from './backup-text';
import { formatWhen } from './LastVerified';
import { afterFullBarShown, PercentBar } from './PercentBar';
import type { RestoreApi, RestorePreview, RestoreStatus } from './restore-api';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

type Step = 'file' | 'unlock' | 'preview' | 'restoring' | 'done';

type Props = {
  readonly api: RestoreApi;
  readonly onCancel: () => void;
  /** Shown above the restore button when a register in use will be replaced. */
  readonly warning?: string;
};

const Preview = ({ preview }: { readonly preview: RestorePreview }) => {
  const { t, i18n } = useTranslation();
  return (
    <dl data-testid="restore-preview">
      <dt>{t('restore.institution')}</dt>
      <dd>{preview.institution}</dd>
      <dt>{t('restore.createdAt')}</dt>
      <dd>{formatWhen(preview.createdAt, i18n.language)}</dd>
      <dt>{t('restore.contents')}</dt>
      <dd>
        {t('restore.counts', {
          children: preview.children,
          representatives: preview.representatives,
          consents: preview.consentEvents,
          scans: preview.scans,
          staff: preview.staff,
        })}
      </dd>
    </dl>
  );
};

/**
 * The restore's progress, a bar with the percentage done; while the register being replaced is
 * backed up first, that backup's own bar.
 */
const RestoreProgressBar = ({ status }: { readonly status: RestoreStatus }) => {
  const { t } = useTranslation();
  return status.step === 'backingUp' ? (
    <PercentBar
      label={t('restore.backingUpFirst')}
      fraction={status.fraction}
      testId="backup-progress"
    />
  ) : (
    <PercentBar
      label={t('restore.restoring')}
      fraction={status.fraction}
      testId="restore-progress"
    />
  );
};

export const RestoreWizard = ({ api, onCancel, warning }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const [step, setStep] = useState<Step>('file');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'recovery' | 'password'>('recovery');
  const [code, setCode] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [status, setStatus] = useState<RestoreStatus>({ step: 'restoring', fraction: 0 });

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const choose = (file: File | undefined) => {
    if (!file) return;
    void attempt(async () => {
      await api.choose(file);
      setStep('unlock');
    });
  };
  const unlock = (event: SyntheticEvent) => {
    event.preventDefault();
    void attempt(async () => {
      setPreview(
        await api.unlock(mode === 'recovery' ? { recoveryCode: code } : { username, password }),
      );
      setPassword('');
      setStep('preview');
    });
  };
  const restore = () => {
    setStep('restoring');
    setStatus({ step: 'restoring', fraction: 0 });
    void attempt(async () => {
      try {
        await api.restore(setStatus);
        // Switched to the restored register: the bar shows 100 % for a moment, then the news.
        setStatus({ step: 'restoring', fraction: 1 });
        await afterFullBarShown();
        setStep('done');
      } catch (e) {
        setStep('preview');
        throw e;
      }
    });
  };

  return (
    <section className={styles.column} aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('restore.heading')}</h2>
      {error ? (
        <Body1 as="p" role="alert">
          {error}
        </Body1>
      ) : null}
      {step === 'file' ? (
        <>
          <Body1 as="p">{t('restore.chooseBody')}</Body1>
          <label className={styles.column}>
            {t('restore.chooseFile')}
            <input
              type="file"
              accept=".prbk"
              disabled={busy}
              onChange={(e) => {
                choose(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </>
      ) : null}
      {step === 'unlock' ? (
        <form className={styles.column} onSubmit={unlock} noValidate>
          <Body1 as="p">{t('restore.unlockBody')}</Body1>
          <TabList
            selectedValue={mode}
            onTabSelect={(_e, d) => {
              setMode(d.value === 'password' ? 'password' : 'recovery');
            }}
          >
            <Tab value="recovery">{t('restore.withRecovery')}</Tab>
            <Tab value="password">{t('restore.withPassword')}</Tab>
          </TabList>
          {mode === 'recovery' ? (
            <TextField
              label={t('restore.recoveryCode')}
              value={code}
              onChange={(_e, d) => {
                setCode(d.value);
              }}
            />
          ) : (
            <>
              <TextField
                label={t('restore.username')}
                value={username}
                onChange={(_e, d) => {
                  setUsername(d.value);
                }}
              />
              <TextField
                label={t('restore.password')}
                type="password"
                value={password}
                onChange={(_e, d) => {
                  setPassword(d.value);
                }}
              />
            </>
          )}
          <div className={styles.row}>
            <Button appearance="primary" type="submit" disabled={busy}>
              {t('restore.open')}
            </Button>
          </div>
        </form>
      ) : null}
      {(step === 'preview' || step === 'restoring') && preview ? (
        <>
          <Preview preview={preview} />
          {warning ? <Body1 as="p">{warning}</Body1> : null}
          {step === 'restoring' ? (
            <RestoreProgressBar status={status} />
          ) : (
            <div className={styles.row}>
              <Button appearance="primary" onClick={restore} disabled={busy}>
                {t('restore.confirm')}
              </Button>
            </div>
          )}
        </>
      ) : null}
      {step === 'done' ? (
        <>
          <Body1 as="p" role="status">
            {t('restore.done')}
          </Body1>
          <div className={styles.row}>
            <Button appearance="primary" onClick={api.reopen}>
              {t('restore.continue')}
            </Button>
          </div>
        </>
      ) : null}
      {step !== 'done' && step !== 'restoring' ? (
        <div className={styles.row}>
          <Button onClick={onCancel} disabled={busy}>
            {t('restore.cancel')}
          </Button>
        </div>
      ) : null}
    </section>
  );
};
