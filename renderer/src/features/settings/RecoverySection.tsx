import { Body1, Button, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { RecoveryStep } from '../setup/RecoveryStep';

export type RecoveryApi = {
  readonly newRecoveryCode: () => string;
  readonly rotate: (code: string) => Promise<void>;
  readonly printSheet: (code: string) => Promise<void>;
  readonly saveSheet: (code: string) => Promise<void>;
};

// A new recovery key: shown, printed and confirmed exactly as at setup; only then is the old
// key replaced, so a half-done change never leaves the head without a working key.
export const RecoverySection = ({ api }: { readonly api: RecoveryApi }) => {
  const { t } = useTranslation();
  const { notify, notifyError } = useNotify();
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => {
    action().catch(notifyError);
  };
  const confirm = async (value: string) => {
    setBusy(true);
    try {
      await api.rotate(value);
      notify('success', t('settings.recovery.rotated'));
      setCode(null);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="recovery-heading">
      <Title3 as="h2" id="recovery-heading">
        {t('settings.recovery.heading')}
      </Title3>
      <Body1 as="p">{t('settings.recovery.body')}</Body1>
      {code === null ? (
        <Button
          onClick={() => {
            setCode(api.newRecoveryCode());
          }}
        >
          {t('settings.recovery.create')}
        </Button>
      ) : (
        <RecoveryStep
          recoveryCode={code}
          busy={busy}
          finishLabel={t('settings.recovery.confirm')}
          onPrint={() => {
            run(() => api.printSheet(code));
          }}
          onSave={() => {
            run(() => api.saveSheet(code));
          }}
          onFinish={() => void confirm(code)}
        />
      )}
    </section>
  );
};
