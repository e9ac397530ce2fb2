import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';

const useStyles = makeStyles({
  code: {
    fontFamily: 'Consolas, "DejaVu Sans Mono", monospace',
    fontSize: '28px',
    letterSpacing: '2px',
    padding: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    gap: '18px',
    flexWrap: 'wrap',
  },
});

type Props = {
  readonly recoveryCode: string;
  readonly busy: boolean;
  readonly onPrint: () => void;
  readonly onSave: () => void;
  readonly onFinish: () => void;
  /** Label of the confirming button (default: "Pabeigt izveidi"). */
  readonly finishLabel?: string;
};

// Shows the recovery code once and will not let setup finish until one group of it is typed
// back: proof that it was written down or printed, not just glanced at.
export const RecoveryStep = ({
  recoveryCode,
  busy,
  onPrint,
  onSave,
  onFinish,
  finishLabel,
}: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const formStyles = useFormStyles();
  const groups = useMemo(() => recoveryCode.split('-'), [recoveryCode]);
  // Which group to ask for: fixed per code (not the first, which is the easiest to remember).
  const groupIndex = useMemo(
    () => 1 + (recoveryCode.charCodeAt(0) % Math.max(1, groups.length - 1)),
    [recoveryCode, groups.length],
  );
  const [typed, setTyped] = useState('');
  const [error, setError] = useState(false);
  const expected = groups[groupIndex] ?? '';
  const confirm = () => {
    const ok = typed.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1') === expected;
    setError(!ok);
    if (ok) onFinish();
  };
  return (
    <div className={formStyles.form}>
      <MessageBar intent="warning">
        <MessageBarBody>{t('setup.recovery.body')}</MessageBarBody>
      </MessageBar>
      <div
        className={styles.code}
        aria-label={t('setup.recovery.heading')}
        data-testid="recovery-code"
      >
        {groups.map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </div>
      <div className={formStyles.actions}>
        <Button onClick={onPrint}>{t('setup.recovery.print')}</Button>
        <Button onClick={onSave}>{t('setup.recovery.save')}</Button>
      </div>
      <form
        className={formStyles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          confirm();
        }}
      >
        <Field
          label={t('setup.recovery.confirmLabel', { group: groupIndex + 1 })}
          validationState={error ? 'error' : 'none'}
          validationMessage={error ? t('setup.recovery.confirmMismatch') : undefined}
          required
        >
          <Input
            value={typed}
            onChange={(_e, d) => {
              setTyped(d.value);
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <div className={formStyles.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            {finishLabel ?? t('setup.recovery.finish')}
          </Button>
        </div>
      </form>
    </div>
  );
};
