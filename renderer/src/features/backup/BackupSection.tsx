// Settings section "Rezerves kopijas": make a backup now (also Ctrl+S anywhere) and when the last
// one was read back and verified. A failure is shown plainly (in the language chosen now) until
// the next backup starts; the button stays for a retry.
// While any backup runs (this button, Ctrl+S, the automatic one) its bar shows how far it is.
import { Body1, Button, Title3 } from '@fluentui/react-components';
import { ArrowDownload20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { errorText } from './backup-text';
import { LastVerified } from './LastVerified';
import { afterFullBarShown, PercentBar } from './PercentBar';

export type BackupApi = {
  /** Makes, saves and verifies a backup; resolves null when the user cancelled the save. */
  readonly make: () => Promise<{ readonly fileName: string } | null>;
  /** ISO time of the last verified backup, or null. */
  readonly lastVerified: () => Promise<string | null>;
  /** Called when a backup was verified anywhere in the app; returns unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  /**
   * Told how far the running backup has come (0 … 1, rising in steps of about 1 %; 1 once its
   * copy verified), and null when none runs; `shownElsewhere` for the one before a replace,
   * which that flow shows with its own bar. Returns unsubscribe.
   */
  readonly watchProgress: (
    listener: (fraction: number | null, shownElsewhere: boolean) => void,
  ) => () => void;
};

export const BackupSection = ({ api }: { readonly api: BackupApi }) => {
  const { t } = useTranslation();
  const { notify } = useNotify();
  const [busy, setBusy] = useState(false);
  /** The running backup, or null when none runs. */
  const [running, setRunning] = useState<{
    readonly fraction: number;
    readonly shownElsewhere: boolean;
  } | null>(null);
  /** This button's backup verified: its bar stays at 100 % for a moment. */
  const [held, setHeld] = useState(false);
  /** This button's last backup failed with `error` (worded at render: a language switch). */
  const [failure, setFailure] = useState<{ readonly error: unknown } | null>(null);
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const refresh = useCallback(() => {
    void api.lastVerified().then(setLast);
  }, [api]);
  useEffect(() => {
    refresh();
    return api.subscribe(refresh);
  }, [api, refresh]);
  useEffect(
    () =>
      api.watchProgress((fraction, shownElsewhere) => {
        setRunning(fraction === null ? null : { fraction, shownElsewhere });
        // A new backup (Ctrl+S, the automatic one) is the retry: the old failure is history.
        if (fraction !== null) setFailure(null);
      }),
    [api],
  );
  const make = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const saved = await api.make();
      if (saved) {
        // Verified: the bar shows 100 % for a moment (the last step and the end come together).
        setHeld(true);
        await afterFullBarShown();
        setHeld(false);
        notify('success', t('backup.done'), saved.fileName);
      } else notify('info', t('backup.cancelled'));
    } catch (error) {
      setFailure({ error });
    } finally {
      setBusy(false);
    }
  };
  // A backup running (this one or another, e.g. Ctrl+S during the moment at 100 %) shows its own
  // fraction, the one before a replace only when this button joined it (otherwise that flow's bar
  // is its one bar); then this one's 100 %; 0 only until this one's first report.
  const fraction = running && (!running.shownElsewhere || busy) ? running.fraction : null;
  const shown = fraction ?? (held ? 1 : busy ? 0 : null);
  return (
    <section aria-labelledby="backup-heading">
      <Title3 as="h2" id="backup-heading">
        {t('backup.heading')}
      </Title3>
      <Body1 as="p">{t('backup.body')}</Body1>
      <LastVerified at={last} />
      {failure ? (
        <Body1 as="p" role="alert">
          {errorText(t, failure.error)}
        </Body1>
      ) : null}
      {shown !== null ? (
        <PercentBar label={t('backup.running')} fraction={shown} testId="backup-progress" />
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
