// Settings: the institution's procedure for data-subject requests (the head's decision). LV
// default: GDPR's one month; LT default: the seed 002 procedure, 30 days for answers and five
// working days for corrections, erasure, restriction and the notices that follow them.
import { Body1, Button, Field, Radio, RadioGroup, Title3 } from '@fluentui/react-components';
import type { RequestProcedure } from '@shared/requests';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';

export type ProcedureApi = {
  readonly canManage: boolean;
  readonly load: () => Promise<RequestProcedure>;
  readonly save: (procedure: RequestProcedure) => Promise<void>;
};

export const ProcedureSection = ({ api }: { readonly api: ProcedureApi }) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [value, setValue] = useState<RequestProcedure | null>(null);
  useEffect(() => {
    api.load().then(setValue, notifyError);
  }, [api, notifyError]);
  if (value === null) return null;
  return (
    <section aria-labelledby="procedure-heading">
      <Title3 as="h2" id="procedure-heading">
        {t('requests.procedure.heading')}
      </Title3>
      <Body1 as="p">{t('requests.procedure.body')}</Body1>
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          api.save(value).then(() => {
            notify('success', t('requests.procedure.saved'));
          }, notifyError);
        }}
      >
        <Field label={t('requests.procedure.answer')}>
          <RadioGroup
            value={value.answer}
            disabled={!api.canManage}
            onChange={(_e, d) => {
              setValue({ ...value, answer: d.value === '30-days' ? '30-days' : 'one-month' });
            }}
          >
            <Radio value="one-month" label={t('requests.procedure.oneMonth')} />
            <Radio value="30-days" label={t('requests.procedure.thirtyDays')} />
          </RadioGroup>
        </Field>
        <Field label={t('requests.procedure.followUp')}>
          <RadioGroup
            value={value.followUp}
            disabled={!api.canManage}
            onChange={(_e, d) => {
              setValue({
                ...value,
                followUp: d.value === '5-working-days' ? '5-working-days' : 'answer-deadline',
              });
            }}
          >
            <Radio value="answer-deadline" label={t('requests.procedure.withinAnswer')} />
            <Radio value="5-working-days" label={t('requests.procedure.fiveWorkingDays')} />
          </RadioGroup>
        </Field>
        <div className={form.actions}>
          <Button appearance="primary" type="submit" disabled={!api.canManage}>
            {t('requests.procedure.save')}
          </Button>
        </div>
      </form>
    </section>
  );
};
