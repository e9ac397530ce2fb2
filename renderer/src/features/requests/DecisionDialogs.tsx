// The dialogs that move a request along: ask for clarification, extend, answer, refuse, record
// a withdrawal. Each is a few fields over ActionDialog; the service validates and refuses.
import { Body1, Field, Select, Switch } from '@fluentui/react-components';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextAreaField } from '../../components/TextAreaField';
import { REFUSAL_REASONS, type RefusalReason } from '@shared/requests';
import { formatDate, type IsoDate } from '@shared/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, dateLocaleOf } from '../consents/DateInput';
import { ActionDialog } from './ActionDialog';
import { fieldState } from './RequestFormFields';
import type { RequestDetail, RequestsApi } from './requests-api';

export type DecisionKind = 'clarify' | 'extend' | 'answer' | 'refuse' | 'withdraw';

type Props = {
  readonly api: RequestsApi;
  readonly detail: RequestDetail;
  readonly kind: DecisionKind;
  readonly onClose: (saved: boolean) => void;
};

export const DecisionDialog = ({ api, detail, kind, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const id = detail.request.id;
  const [on, setOn] = useState<IsoDate | null>(api.today);
  const [text, setText] = useState('');
  const [months, setMonths] = useState<1 | 2>(detail.request.extension?.months === 1 ? 2 : 1);
  const [reasons, setReasons] = useState<readonly RefusalReason[]>([]);
  const [partial, setPartial] = useState(false);
  const date = on ?? '';

  const save = async (): Promise<void> => {
    switch (kind) {
      case 'clarify':
        return api.clarify(id, { text, on: date });
      case 'extend':
        return api.extend(id, { months, reasons: text, on: date });
      case 'answer':
        return api.answer(id, { text, on: date });
      case 'refuse':
        return api.refuse(id, { reasons, partial, text, on: date });
      case 'withdraw':
        return api.withdraw(id, date);
    }
  };

  return (
    <ActionDialog title={t(`requests.actions.${kind}`)} onSave={save} onClose={onClose}>
      {(errors) => (
        <>
          {kind === 'extend' ? (
            <>
              <Body1 as="p">
                {t('requests.dialog.extendHint', {
                  date: formatDate(detail.extensionDeadline, dateLocaleOf(i18n.language)),
                })}
              </Body1>
              <Field label={t('requests.dialog.extendMonths')} {...fieldState(errors, 'months', t)}>
                <Select
                  value={String(months)}
                  onChange={(_e, d) => {
                    setMonths(d.value === '2' ? 2 : 1);
                  }}
                >
                  {[1, 2].map((m) => (
                    <option key={m} value={m}>
                      {t('requests.dialog.months', { count: m })}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          ) : null}
          {kind === 'refuse' ? (
            // Not a Field around the boxes: it would give them one id (issue 14, defect 1).
            <CheckboxGroup
              label={t('requests.dialog.refuseReasons')}
              options={REFUSAL_REASONS.map((r) => ({ value: r, label: t(`requests.reason.${r}`) }))}
              selected={reasons}
              onChange={(next) => {
                setReasons(REFUSAL_REASONS.filter((r) => next.includes(r)));
              }}
              errorKey={errors.reasons}
            />
          ) : null}
          {kind === 'refuse' ? (
            <Switch
              label={t('requests.dialog.refusePartial')}
              checked={partial}
              onChange={(_e, d) => {
                setPartial(d.checked);
              }}
            />
          ) : null}
          {kind === 'withdraw' ? null : (
            <TextAreaField
              label={t(
                kind === 'clarify'
                  ? 'requests.dialog.clarifyText'
                  : kind === 'extend'
                    ? 'requests.dialog.extendReasons'
                    : kind === 'answer'
                      ? 'requests.dialog.answerText'
                      : 'requests.dialog.refuseText',
              )}
              required={kind !== 'refuse'}
              rows={5}
              value={text}
              onChange={setText}
              errorKey={
                errors.text ??
                errors.reasons_text ??
                (kind === 'extend' ? errors.reasons : undefined)
              }
            />
          )}
          <DateInput
            label={t('requests.dialog.on')}
            required
            value={on ?? ''}
            errorKey={errors.on}
            onChange={setOn}
          />
        </>
      )}
    </ActionDialog>
  );
};
