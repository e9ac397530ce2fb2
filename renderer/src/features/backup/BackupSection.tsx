// Settings section "Rezerves kopijas": make a backup now (also Ctrl+S anywhere) and when the last
// one was read back and verified. A failure is shown plainly; the button stays for a retry.
import { Body1, Button, Spinner, Title3 } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { errorText } from './backup-text';
import { LastVerified } from './LastVerified';

export type BackupApi = {
  /** Makes, saves and verifies a backup; resolves null when the user cancelled the save. */
  readonly make: () => Promise<{ readonly fileName: string } | null>;
  /** ISO time of the last verified backup, or null. */
  readonly lastVerified: () => Promise<string | null>;
  /** Called when a backup was verified anywhere in the app; returns unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
};

export const BackupSection = ({ api }: { readonly api: BackupApi }) => {
  const { t } = useTranslation();
  const { notify } = useNotify();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const refresh = useCallback(() => {
    void api.lastVerified().then(setLast);
  }, [api]);
  useEffect(() => {
    refresh();
    return api.subscribe(refresh);
  }, [api, refresh]);
  const make = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const saved = await api.make();
      if (saved) notify('success', t('backup.done'), saved.fileName);
      else notify('info', t('backup.cancelled'));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="backup-heading">
      <Title3 as="h2" id="backup-heading">
        {t('backup.heading')}
      </Title3>
      <Body1 as="p">{t('backup.body')}</Body1>
      <LastVerified at={last} />
      {failure ? (
        <Body1 as="p" role="alert">
          {failure}
        </Body1>
      ) : null}
      {busy ? (
        <Spinner size="tiny" label={t('backup.running')} />
      ) : (
        <Button
          appearance="primary"
          icon={<ArrowDownload20Regular />}
          aria-keyshortcuts="Control+S"
          onClick={() => void make()}
        >
          {t('backup.make')}
        </Button>
      )}
    </section>
  );
};
