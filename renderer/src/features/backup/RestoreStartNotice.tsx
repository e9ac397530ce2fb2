import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  notice: { maxWidth: '480px', margin: '24px auto 0', padding: '0 24px' },
});

type Outcome = 'ready' | 'restoreUndone' | 'restoreRetry' | 'restoreUnproven';

type Props = {
  /** What the start's check of the last restore found (StartOutcome of the database switch). */
  readonly outcome: Outcome;
};

const TEXT = {
  restoreUndone: 'restore.startUndone',
  restoreRetry: 'restore.startRetry',
  restoreUnproven: 'restore.startUnproven',
} as const satisfies Record<Exclude<Outcome, 'ready'>, string>;

// Above the sign-in (or setup) after a start that found a restore unfinished: the restored
// register was not whole on this PC (e.g. a power cut right after the restore), so the one it
// replaced is in use again (or, restored onto a PC that had no register, the PC has none again
// and setup offers the restore), or nothing could be proven and nothing was deleted. Nothing when
// the start found nothing to say.
export const RestoreStartNotice = ({ outcome }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  if (outcome === 'ready') return null;
  return (
    <div className={styles.notice}>
      <MessageBar intent={outcome === 'restoreUnproven' ? 'error' : 'warning'} role="alert">
        <MessageBarBody>{t(TEXT[outcome])}</MessageBarBody>
      </MessageBar>
    </div>
  );
};
