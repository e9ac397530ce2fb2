// The bar of long backup work (issue 10): making a backup, the backup before a replace, and the
// restore all show how far they have come the same way, "Atjauno un pārbauda reģistru… 45 %".
import { Field, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What is being done, e.g. t('restore.restoring'); the percentage follows it. */
  readonly label: string;
  /** Done so far, 0 … 1 (shown as whole percent, rounded down: 100 % only at 1). */
  readonly fraction: number;
  readonly testId: string;
};

/** role="progressbar" with aria-valuenow 0 … 100, named by its label and the percentage. */
export const PercentBar = ({ label, fraction, testId }: Props) => {
  const { t } = useTranslation();
  const percent = Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
  // "45 %" in Latvian and Lithuanian (a space before the sign), "45%" in English.
  const shown = t('backup.percent', { percent });
  return (
    <Field label={`${label} ${shown}`} validationState="none">
      <ProgressBar
        data-testid={testId}
        thickness="large"
        max={100}
        value={percent}
        aria-valuetext={shown}
      />
    </Field>
  );
};

/**
 * How long a bar stays at 100 % before the screen moves on: the bar's width eases in 0.3 s
 * (Fluent's ProgressBar), then it is seen full for about 0.7 s.
 */
export const FULL_BAR_MS = 1_000;

/**
 * Resolves once the browser has painted what was rendered before the call, and FULL_BAR_MS more:
 * a bar set to 100 % just before is seen at 100 %, not replaced in the same update.
 */
export const afterFullBarShown = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, FULL_BAR_MS);
    });
  });
