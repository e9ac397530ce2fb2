// Sākums tile for the head and the secretary (issue 10 item 2): "Pēdējā pārbaudītā kopija:
// <date>", or a warning when there is no recent verified backup or the last attempt failed,
// with the way to Iestatījumi where a backup is made.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './backup-text';
import { formatWhen } from './LastVerified';

export type BackupTileStatus = {
  /** ISO time of the last verified backup, or null. */
  readonly lastVerifiedAt: string | null;
  /** Older than the configured days (or none for longer than that). */
  readonly warn: boolean;
  /** The last attempt's error (shown until a backup succeeds), or null. */
  readonly lastFailure: unknown;
  readonly warnAfterDays: number;
};

export type BackupTileApi = {
  readonly status: () => Promise<BackupTileStatus>;
  /** Called when a backup was verified or failed; returns unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly openSettings: () => void;
};

const useStatus = (api: BackupTileApi): BackupTileStatus | null => {
  const [status, setStatus] = useState<BackupTileStatus | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      void api.status().then((s) => {
        if (live) setStatus(s);
      });
    };
    refresh();
    const unsubscribe = api.subscribe(refresh);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);
  return status;
};

export const BackupTile = ({ api }: { readonly api: BackupTileApi }) => {
  const { t, i18n } = useTranslation();
  const status = useStatus(api);
  if (!status) return null;
  const when =
    status.lastVerifiedAt === null
      ? t('backup.never')
      : t('backup.lastVerified', { when: formatWhen(status.lastVerifiedAt, i18n.language) });
  const bad = status.warn || status.lastFailure !== null || status.lastVerifiedAt === null;
  return (
    <MessageBar intent={bad ? 'warning' : 'success'} data-testid="home-backup">
      <MessageBarBody>
        {when}
        {status.warn && status.lastVerifiedAt !== null
          ? ` ${t('backup.tooOld', { count: status.warnAfterDays })}`
          : null}
        {status.lastFailure !== null ? ` ${errorText(t, status.lastFailure)}` : null}
      </MessageBarBody>
      {bad ? (
        <MessageBarActions>
          <Button onClick={api.openSettings}>{t('backup.openSettings')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
};
