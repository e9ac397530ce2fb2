// Editing one template version's wording: every printed text of its kind, a PDF preview of
// the unsaved text, and saving as the next version (the opened version stays untouched).
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { DocumentPdf20Regular, Save20Regular } from '@fluentui/react-icons';
import type { FormTemplate } from '@shared/pdf';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import { emptyFields, wordingFields } from './template-fields';
import type { TemplatesApi } from './templates-api';

type Props = {
  readonly api: TemplatesApi;
  readonly template: FormTemplate;
  /** The newest version of this template id: saving creates latest + 1. */
  readonly latestVersion: number;
  readonly onSaved: (saved: FormTemplate) => void;
  readonly onClose: () => void;
};

export const TemplateEditor = ({ api, template, latestVersion, onSaved, onClose }: Props) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [draft, setDraft] = useState<FormTemplate>(template);
  const [busy, setBusy] = useState(false);
  const fields = useMemo(() => wordingFields(template), [template]);
  const empty = emptyFields(draft, fields);
  const changed = JSON.stringify(draft) !== JSON.stringify(template);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const saved = await api.save(draft);
      notify('success', t('templates.editor.saved', { version: saved.version }));
      onSaved(saved);
    });

  return (
    <section aria-labelledby="editor-heading" className={form.form}>
      <Subtitle2 as="h3" id="editor-heading">
        {t('templates.editor.heading', {
          label: template.formLabel,
          id: template.id,
          version: template.version,
        })}
      </Subtitle2>
      <Body1 as="p">{t('templates.editor.intro', { next: latestVersion + 1 })}</Body1>
      {template.version !== latestVersion && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('templates.editor.olderVersion', { latest: latestVersion })}
          </MessageBarBody>
        </MessageBar>
      )}
      {template.reviewRequired && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('templates.editor.review')}</MessageBarBody>
        </MessageBar>
      )}
      {fields.map((f) => {
        const label = t(`templates.field.${f.labelKey}`, f.labelParams ?? {});
        const invalid = empty.includes(f.key);
        const value = f.get(draft);
        const onChange = (v: string) => {
          setDraft((d) => f.set(d, v));
        };
        return (
          <Field
            key={f.key}
            label={label}
            validationState={invalid ? 'error' : 'none'}
            validationMessage={invalid ? t('templates.editor.required') : undefined}
          >
            {f.multiline ? (
              <Textarea
                textarea={{ autoComplete: 'off' }}
                value={value}
                resize="vertical"
                rows={f.key.endsWith('.text') || f.key === 'statement' ? 4 : 2}
                onChange={(_e, d) => {
                  onChange(d.value);
                }}
              />
            ) : (
              <Input
                value={value}
                autoComplete="off"
                onChange={(_e, d) => {
                  onChange(d.value);
                }}
              />
            )}
          </Field>
        );
      })}
      <div className={form.actions}>
        <Button
          icon={<DocumentPdf20Regular />}
          disabled={busy || empty.length > 0}
          onClick={() => {
            void run(() => api.preview(draft));
          }}
        >
          {t('templates.editor.preview')}
        </Button>
        <Button
          appearance="primary"
          icon={<Save20Regular />}
          disabled={busy || !changed || empty.length > 0}
          onClick={() => {
            void save();
          }}
        >
          {t('templates.editor.save', { next: latestVersion + 1 })}
        </Button>
        <Button onClick={onClose}>{t('templates.editor.close')}</Button>
      </div>
      {!changed && <Body1 as="p">{t('templates.editor.unchanged')}</Body1>}
    </section>
  );
};
