// Registering a request, or editing an open one: type, when and how it arrived, who it is about
// (from the register, or a description), who made it with what authority, how identity was
// checked. A refusal from the service lands on its field; nothing is saved until all is valid.
import { Button, Field, Select, Spinner, Title1 } from '@fluentui/react-components';
import { isAppError } from '@shared/errors/app-error';
import {
  REQUEST_CHANNELS,
  REQUEST_TYPES,
  type RequestChannel,
  type RequestType,
} from '@shared/requests';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useNotify } from '../../components/use-notify';
import { DateInput } from '../consents/DateInput';
import {
  emptyRequestForm,
  formFromDetail,
  toRequestInput,
  type RequestFormState,
} from './request-form-state';
import { AboutFields, IdentityFields, RequesterFields, fieldState } from './RequestFormFields';
import type { RequestPersonChoice, RequestsApi } from './requests-api';

type Props = { readonly api: RequestsApi; readonly id?: string };

const ABOUT_FIELDS = ['aboutMode', 'subjectId', 'description'];

export const RequestForm = ({ api, id }: Props) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [state, setState] = useState<RequestFormState | null>(
    id ? null : emptyRequestForm(api.today),
  );
  const [number, setNumber] = useState('');
  const [choices, setChoices] = useState<readonly RequestPersonChoice[]>([]);
  const [reps, setReps] = useState<readonly { id: string; name: string }[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<RequestFormState>) => {
    setState((s) => (s === null ? s : { ...s, ...patch }));
    // A field's message goes once the field is changed; 'about' covers its three inputs.
    const touched = Object.keys(patch).map((k) => (ABOUT_FIELDS.includes(k) ? 'about' : k));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !touched.includes(k))));
  };

  useEffect(() => {
    api.choices().then(setChoices).catch(notifyError);
    if (id === undefined) return;
    api
      .get(id)
      .then((detail) => {
        setState(formFromDetail(detail, api.today));
        setNumber(detail.request.number);
      })
      .catch(notifyError);
  }, [api, id, notifyError]);

  const subjectId = state?.aboutMode === 'subject' ? state.subjectId : null;
  useEffect(() => {
    if (subjectId === null) {
      setReps([]);
      return;
    }
    let live = true;
    api
      .representativesOf(subjectId)
      .then((list) => {
        if (!live) return;
        setReps(list);
        setState((s) =>
          s === null || s.requesterChoice !== 'other' || list[0] === undefined
            ? s
            : { ...s, requesterChoice: list[0].id },
        );
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [api, subjectId, notifyError]);

  if (state === null) return <Spinner label={t('requests.loading')} />;

  const submit = async () => {
    setSaving(true);
    setErrors({});
    try {
      const input = toRequestInput(state);
      if (id === undefined) {
        const saved = await api.register(input);
        notify('success', t('requests.form.saved', { number: saved.number }));
        api.nav.open(saved.id);
      } else {
        await api.update(id, input);
        notify('success', t('requests.form.updated'));
        api.nav.open(id);
      }
    } catch (error) {
      const field = isAppError(error) ? error.details?.field : undefined;
      if (isAppError(error) && error.code === 'validation' && typeof field === 'string') {
        setErrors({ [field]: error.i18nKey });
      } else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="request-form-heading">
      <Title1 as="h1" id="request-form-heading">
        {id === undefined
          ? t('requests.form.headingNew')
          : t('requests.form.headingEdit', { number })}
      </Title1>
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={form.row}>
          <Field label={t('requests.form.type')} required {...fieldState(errors, 'type', t)}>
            <Select
              value={state.type}
              onChange={(_e, d) => {
                set({ type: d.value as RequestType });
              }}
            >
              {REQUEST_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`requests.type.${type}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('requests.form.channel')} required {...fieldState(errors, 'channel', t)}>
            <Select
              value={state.channel}
              onChange={(_e, d) => {
                set({ channel: d.value as RequestChannel });
              }}
            >
              {REQUEST_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`requests.channel.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <DateInput
          label={t('requests.form.receivedOn')}
          required
          value={state.receivedOn ?? ''}
          errorKey={errors.receivedOn}
          onChange={(receivedOn) => {
            set({ receivedOn });
          }}
        />
        <AboutFields state={state} set={set} errors={errors} choices={choices} />
        <RequesterFields state={state} set={set} errors={errors} representatives={reps} />
        <IdentityFields state={state} set={set} errors={errors} />
        <TextAreaField
          label={t('requests.form.details')}
          value={state.details}
          errorKey={errors.details}
          onChange={(details) => {
            set({ details });
          }}
        />
        <TextField
          label={t('requests.form.replyTo')}
          value={state.replyTo}
          errorKey={errors.replyTo}
          onChange={(_e, d) => {
            set({ replyTo: d.value });
          }}
        />
        <TextAreaField
          label={t('requests.form.notes')}
          value={state.notes}
          errorKey={errors.notes}
          onChange={(notes) => {
            set({ notes });
          }}
        />
        <div className={form.actions}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {id === undefined ? t('requests.form.save') : t('requests.form.saveEdit')}
          </Button>
          <Button
            onClick={() => {
              if (id === undefined) api.nav.list();
              else api.nav.open(id);
            }}
          >
            {t('requests.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
};
