// Settings, social office: the list a client's service is named from (issue 11). One name per
// line; the service trims, drops repeats and refuses an empty list. Names are not personal data.
import { Body1, Button, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import { isAppError } from '@shared/errors/app-error';

export type ServiceNamesApi = {
  readonly load: () => Promise<string[]>;
  /** Replaces the list (head); AppError('validation', 'errors.serviceNames') when unusable. */
  readonly save: (names: readonly string[]) => Promise<void>;
};

export const ServiceNamesSection = ({ api }: { readonly api: ServiceNamesApi }) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    api.load().then((names) => {
      setText(names.join('\n'));
    }, notifyError);
  }, [api, notifyError]);
  if (text === null) return null;

  const save = async () => {
    const names = text
      .split('\n')
      .map((n) => n.trim())
      .filter((n) => n !== '');
    try {
      await api.save(names);
      setError(undefined);
      notify('success', t('settings.saved'));
      setText((await api.load()).join('\n'));
    } catch (e) {
      if (isAppError(e) && e.code === 'validation') setError(e.i18nKey);
      else notifyError(e);
    }
  };

  return (
    <section aria-labelledby="service-names-heading">
      <Title3 as="h2" id="service-names-heading">
        {t('clients.serviceNames.heading')}
      </Title3>
      <Body1 as="p">{t('clients.serviceNames.body')}</Body1>
      <form
        className={form.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextAreaField
          label={t('clients.serviceNames.label')}
          value={text}
          rows={8}
          errorKey={error}
          onChange={setText}
        />
        <div className={form.actions}>
          <Button appearance="primary" type="submit">
            {t('clients.serviceNames.save')}
          </Button>
        </div>
      </form>
    </section>
  );
};
