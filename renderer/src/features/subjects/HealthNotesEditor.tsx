// The nurse keeps health notes without editing anything else of the record (she has no
// 'subject.edit'); special-category data, saved on its own and audited by the service.
import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasControlChars } from '@shared/domain/fields';
import { useNotify } from '../../components/use-notify';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '640px',
  },
});

type Props = { readonly initial: string; readonly onSave: (notes: string) => Promise<void> };

export const HealthNotesEditor = ({ initial, onSave }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  const { notify, notifyError } = useNotify();
  const [value, setValue] = useState(initial);
  const [busy, setBusy] = useState(false);
  const error =
    value.length > 2000
      ? 'validation.tooLong'
      : hasControlChars(value, true)
        ? 'validation.controlChars'
        : undefined;
  const save = async () => {
    if (error) return;
    setBusy(true);
    try {
      await onSave(value.trim());
      notify('success', t('subjects.saved'));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.box}>
      <Field
        label={t('subjects.form.healthNotes')}
        hint={t('subjects.form.healthHint')}
        validationState={error ? 'error' : 'none'}
        validationMessage={error ? t(error) : undefined}
      >
        <Textarea
          textarea={{ autoComplete: 'off' }}
          value={value}
          resize="vertical"
          onChange={(_e, d) => {
            setValue(d.value);
          }}
        />
      </Field>
      <div>
        <Button onClick={() => void save()} disabled={busy || error !== undefined}>
          {t('subjects.saveHealth')}
        </Button>
      </div>
    </div>
  );
};
