import {
  Body1,
  Button,
  Divider,
  Title1,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import { InstitutionStep } from '../setup/InstitutionStep';
import type { InstitutionForm } from '../setup/setup-schemas';
import { RecoverySection, type RecoveryApi } from './RecoverySection';

export type SettingsApi = {
  readonly canManage: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly idleLockMinutes: () => Promise<number>;
  readonly setIdleLockMinutes: (minutes: number) => Promise<void>;
  /** Head only: the institution as printed on forms, and the recovery key. */
  readonly institution?: () => Promise<InstitutionForm>;
  readonly saveInstitution?: (value: InstitutionForm) => Promise<void>;
  readonly recovery?: RecoveryApi;
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const IdleLockSection = ({ api }: { readonly api: SettingsApi }) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    void api.idleLockMinutes().then((value) => {
      setMinutes(String(value));
    }, notifyError);
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
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('settings.idleLock')}
        hint={t('settings.idleLockHint')}
        inputMode="numeric"
        value={minutes}
        disabled={!api.canManage}
        errorKey={invalid ? 'settings.idleLockRange' : undefined}
        onChange={(_e, d) => {
          setMinutes(d.value);
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!api.canManage}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
};

const InstitutionSection = ({
  load,
  save,
}: {
  readonly load: () => Promise<InstitutionForm>;
  readonly save: (v: InstitutionForm) => Promise<void>;
}) => {
  const { t } = useTranslation();
  const { notify, notifyError } = useNotify();
  const [value, setValue] = useState<InstitutionForm | null>(null);
  useEffect(() => {
    void load().then(setValue, notifyError);
  }, [load, notifyError]);
  if (!value) return null;
  return (
    <section aria-labelledby="institution-heading">
      <Title3 as="h2" id="institution-heading">
        {t('settings.institution.heading')}
      </Title3>
      <Body1 as="p">{t('settings.institution.body')}</Body1>
      <InstitutionStep
        initial={value}
        lockKindAndCountry
        submitLabel={t('settings.save')}
        onNext={(next) => {
          save(next).then(() => {
            notify('success', t('settings.saved'));
          }, notifyError);
        }}
      />
    </section>
  );
};

type Props = {
  readonly api: SettingsApi;
  /** Sections other capabilities add (e.g. the request procedure), shown before the recovery key. */
  readonly children?: ReactNode;
};

export const SettingsPage = ({ api, children }: Props) => {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Title1 as="h1" id="settings-heading">
        {t('settings.heading')}
      </Title1>
      {api.canManage ? null : <Body1 as="p">{t('settings.readOnly')}</Body1>}
      <IdleLockSection api={api} />
      {api.institution && api.saveInstitution ? (
        <>
          <Divider />
          <InstitutionSection load={api.institution} save={api.saveInstitution} />
        </>
      ) : null}
      {children}
      {api.recovery ? (
        <>
          <Divider />
          <RecoverySection api={api.recovery} />
        </>
      ) : null}
    </div>
  );
};
