// Adding a service to a client (name from the office's list, decision number, start, optional
// end, responsible worker) or ending one (its end date). Checked with the shared schema first,
// then by the service; a message lands on its field and nothing typed is lost.
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientServiceSchema } from '@shared/domain/client-schemas';
import type { ClientService } from '@shared/domain/types';
import type { IsoDate } from '@shared/text/dates';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import { DateInput } from '../consents/DateInput';
import type { CaseloadWorker } from './clients-api';
import { issuesToErrors, type FieldErrors } from './part-errors';

type Props = {
  readonly today: IsoDate;
  /** The service being ended; absent when adding a new one. */
  readonly ending?: ClientService | undefined;
  readonly serviceNames: readonly string[];
  readonly workers: readonly CaseloadWorker[];
  /** Saves the service; field messages (name, startedOn …) or null once saved. */
  readonly onSave: (service: ClientService) => Promise<FieldErrors | null>;
  readonly onClose: () => void;
};

type Draft = {
  name: string;
  decisionNumber: string;
  startedOn: string | null;
  endedOn: string | null;
  responsibleWorkerId: string;
};

const draftOf = (today: IsoDate, ending: ClientService | undefined, names: readonly string[]) => ({
  name: ending?.name ?? names[0] ?? '',
  decisionNumber: ending?.decisionNumber ?? '',
  startedOn: ending?.startedOn ?? null,
  endedOn: ending ? today : null,
  responsibleWorkerId: ending?.responsibleWorkerId ?? '',
});

export const ServiceDialog = ({ today, ending, serviceNames, workers, onSave, onClose }: Props) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notifyError } = useNotify();
  const [draft, setDraft] = useState<Draft>(() => draftOf(today, ending, serviceNames));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const change = (next: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...next }));
  };

  const save = async () => {
    const candidate = {
      id: ending?.id ?? crypto.randomUUID(),
      name: draft.name,
      decisionNumber: draft.decisionNumber,
      startedOn: draft.startedOn ?? '',
      ...(draft.endedOn === null ? {} : { endedOn: draft.endedOn }),
      ...(draft.responsibleWorkerId === ''
        ? {}
        : { responsibleWorkerId: draft.responsibleWorkerId }),
    };
    const parsed = clientServiceSchema(today).safeParse(candidate);
    const missingEnd = ending !== undefined && draft.endedOn === null;
    if (!parsed.success || missingEnd) {
      setErrors({
        ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)),
        ...(draft.startedOn === null ? { startedOn: 'validation.required' } : {}),
        ...(missingEnd ? { endedOn: 'validation.required' } : {}),
      });
      return;
    }
    setBusy(true);
    try {
      const found = await onSave(parsed.data);
      setErrors(found ?? {});
      if (found === null) onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const active = workers.filter((w) => w.active || w.id === draft.responsibleWorkerId);
  return (
    <Dialog
      open
      onOpenChange={(_e, d) => {
        if (!d.open) onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {t(ending ? 'clients.services.endHeading' : 'clients.services.addHeading')}
          </DialogTitle>
          <DialogContent className={form.form}>
            {ending ? (
              <Body1 as="p">
                {t('clients.services.endIntro', {
                  name: ending.name,
                  decision: ending.decisionNumber,
                })}
              </Body1>
            ) : (
              <>
                <Field
                  label={t('clients.services.name')}
                  required
                  validationState={errors['name'] ? 'error' : 'none'}
                  validationMessage={errors['name'] ? t(errors['name']) : undefined}
                >
                  <Select
                    value={draft.name}
                    onChange={(_e, d) => {
                      change({ name: d.value });
                    }}
                  >
                    {serviceNames.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </Select>
                </Field>
                <TextField
                  label={t('clients.services.decisionNumber')}
                  required
                  value={draft.decisionNumber}
                  errorKey={errors['decisionNumber']}
                  onChange={(_e, d) => {
                    change({ decisionNumber: d.value });
                  }}
                />
                <DateInput
                  label={t('clients.services.startedOn')}
                  required
                  value={draft.startedOn ?? ''}
                  errorKey={errors['startedOn']}
                  onChange={(iso) => {
                    change({ startedOn: iso });
                  }}
                />
              </>
            )}
            <DateInput
              label={t('clients.services.endedOn')}
              required={ending !== undefined}
              value={draft.endedOn ?? ''}
              errorKey={errors['endedOn']}
              onChange={(iso) => {
                change({ endedOn: iso });
              }}
            />
            {ending ? null : (
              <Field label={t('clients.services.responsible')}>
                <Select
                  value={draft.responsibleWorkerId}
                  onChange={(_e, d) => {
                    change({ responsibleWorkerId: d.value });
                  }}
                >
                  <option value="">{t('clients.services.noResponsible')}</option>
                  {active.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.displayName} ({t(`roles.${w.role}`)})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => void save()}>
              {t(ending ? 'clients.services.endSave' : 'clients.services.addSave')}
            </Button>
            <Button onClick={onClose}>{t('subjects.form.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
