// Records a leaving (atskaitīšana): the date, a reason from the coded list and a note (needed
// for "other"). A date still to come plans the leaving (the child stays until that day). The
// service refuses a date over a year ahead, a date before enrolment and a missing note; its
// message lands on the field and nothing typed is lost.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
} from '@fluentui/react-components';
import { LEAVING_REASONS, type LeavingReasonCode, type SubjectKind } from '@shared/domain/types';
import { isAppError } from '@shared/errors/app-error';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { TextAreaField } from '../../components/TextAreaField';
import { useNotify } from '../../components/use-notify';
import { DateInput } from '../consents/DateInput';
import { formatDate } from '@shared/text/dates';
import { kindContext } from './kind-context';
import { dateLocale } from './subject-values';
import type { SubjectFormApi } from './subjects-api';

type Props = {
  readonly api: SubjectFormApi;
  readonly subjectId: string;
  readonly kind: SubjectKind;
  readonly onClose: (changed: boolean) => void;
};

const isReason = (v: string): v is LeavingReasonCode =>
  (LEAVING_REASONS as readonly string[]).includes(v);

type FieldErrors = { leftOn?: string; note?: string };

const fieldErrorsOf = (error: unknown): FieldErrors | undefined => {
  if (!isAppError(error) || error.code !== 'validation') return undefined;
  const field = (error.details as { field?: string } | undefined)?.field ?? '';
  if (field === 'leftOn') return { leftOn: error.i18nKey };
  if (field.startsWith('leftReason')) return { note: error.i18nKey };
  return undefined;
};

export const LeavingDialog = ({ api, subjectId, kind, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const ctx = kindContext(kind);
  const [leftOn, setLeftOn] = useState<string | null>(api.today);
  const [code, setCode] = useState<LeavingReasonCode>(
    kind === 'client' ? 'serviceEnded' : 'school',
  );
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (leftOn === null) return;
    setBusy(true);
    try {
      await api.setLeaving(subjectId, {
        leftOn,
        reason: { code, ...(note.trim() ? { note } : {}) },
      });
      notify(
        'success',
        leftOn > api.today
          ? t('subjects.leave.plannedSaved', {
              ...ctx,
              date: formatDate(leftOn, dateLocale(i18n.language)),
            })
          : t('subjects.leave.saved', ctx),
      );
      onClose(true);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) setErrors(fields);
      else notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(_e, d) => {
        if (!d.open) onClose(false);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('subjects.leave.heading', ctx)}</DialogTitle>
          <DialogContent className={form.form}>
            <Body1 as="p">{t('subjects.leave.intro', ctx)}</Body1>
            <Body1 as="p">{t('subjects.leave.introPlanned', ctx)}</Body1>
            <DateInput
              label={t('subjects.leave.date', ctx)}
              value={leftOn ?? ''}
              onChange={(iso) => {
                setLeftOn(iso);
                setErrors((e) => ({ ...e, leftOn: undefined }));
              }}
              errorKey={errors.leftOn}
              required
            />
            <Field label={t('subjects.leave.reason')}>
              <Select
                value={code}
                onChange={(_e, d) => {
                  if (isReason(d.value)) setCode(d.value);
                  setErrors((e) => ({ ...e, note: undefined }));
                }}
              >
                {LEAVING_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`subjects.leavingReason.${r}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <TextAreaField
              label={t(code === 'other' ? 'subjects.leave.noteRequired' : 'subjects.leave.note')}
              value={note}
              required={code === 'other'}
              rows={2}
              errorKey={errors.note}
              onChange={(v) => {
                setNote(v);
                setErrors((e) => ({ ...e, note: undefined }));
              }}
            />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={leftOn === null || busy}
              onClick={() => {
                void save();
              }}
            >
              {t('subjects.leave.save', ctx)}
            </Button>
            <Button
              onClick={() => {
                onClose(false);
              }}
            >
              {t('subjects.leave.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
