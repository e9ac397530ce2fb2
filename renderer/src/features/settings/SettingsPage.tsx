import { Body1, Button, Title1 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';

export type SettingsApi = {
  readonly canManage: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly idleLockMinutes: () => Promise<number>;
  readonly setIdleLockMinutes: (minutes: number) => Promise<void>;
};

export const SettingsPage = ({ api }: { readonly api: SettingsApi }) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    void api.idleLockMinutes().then((value) => { setMinutes(String(value)); }, notifyError);
  }, [api, notifyError]);

  const save = async () => {
    const value = Number(minutes);
    const ok = Number.isInteger(value) && value >= api.range.min && value <= api.range.max;
    setInvalid(!ok);
    if (!ok) return;
    try {
      await api.setIdleLockMinutes(value);
      notify('success', t('settings.saved'));
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <section aria-labelledby="settings-heading">
      <Title1 as="h1" id="settings-heading">{t('settings.heading')}</Title1>
      {api.canManage ? null : <Body1 as="p">{t('settings.readOnly')}</Body1>}
      <form className={styles.form} noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <TextField
          label={t('settings.idleLock')}
          hint={t('settings.idleLockHint')}
          inputMode="numeric"
          value={minutes}
          disabled={!api.canManage}
          errorKey={invalid ? 'settings.idleLockRange' : undefined}
          onChange={(_e, d) => { setMinutes(d.value); }}
        />
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!api.canManage}>{t('settings.save')}</Button>
        </div>
      </form>
    </section>
  );
};
