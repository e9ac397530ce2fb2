// Which social and care workers a client is assigned to (issue 11). The head ticks the workers;
// the records service moves the client's keys into exactly their caseloads, so a worker who is
// unticked can no longer open the record, not even by reading the database.
import { Body1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import type { CaseloadWorker } from './clients-api';
import { saveOrFieldErrors } from './part-errors';
import { EditForm, SectionCard, useEdit } from './SectionCard';

type Props = {
  readonly assigned: readonly string[];
  readonly workers: readonly CaseloadWorker[];
  readonly canAssign: boolean;
  readonly assign: (workerIds: readonly string[]) => Promise<void>;
};

export const CaseloadSection = ({ assigned, workers, canAssign, assign }: Props) => {
  const { t } = useTranslation();
  const edit = useEdit<string[]>();
  const { draft } = edit;
  const label = (w: CaseloadWorker) =>
    `${w.displayName} (${t(`roles.${w.role}`)}${w.active ? '' : `, ${t('clients.caseload.inactive')}`})`;
  const current = workers.filter((w) => assigned.includes(w.id));
  // Ticking is for active workers; a deactivated one still assigned is shown so she can be unticked.
  const choices = workers.filter((w) => w.active || assigned.includes(w.id));
  return (
    <SectionCard
      title={t('clients.caseload.heading')}
      onEdit={
        canAssign && draft === null
          ? () => {
              edit.open([...assigned]);
            }
          : undefined
      }
    >
      {draft === null ? (
        <Body1 as="p">
          {current.length === 0 ? t('clients.caseload.none') : current.map(label).join('; ')}
        </Body1>
      ) : (
        <EditForm
          busy={edit.busy}
          onSubmit={() =>
            void edit.run(() => saveOrFieldErrors(() => assign(draft), 'assignedWorkerIds'))
          }
          onCancel={edit.close}
        >
          {choices.length === 0 ? (
            <Body1 as="p">{t('clients.caseload.noWorkers')}</Body1>
          ) : (
            <CheckboxGroup
              label={t('clients.caseload.workers')}
              hint={t('clients.caseload.hint')}
              options={choices.map((w) => ({ value: w.id, label: label(w) }))}
              selected={draft}
              errorKey={edit.errors['assignedWorkerIds'] ?? edit.errors['']}
              onChange={edit.setDraft}
            />
          )}
        </EditForm>
      )}
    </SectionCard>
  );
};
