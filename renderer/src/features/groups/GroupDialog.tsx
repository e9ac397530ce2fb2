import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupInputSchema, type GroupDraft, type GroupFormValues } from '@shared/domain';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { TextField } from '../../components/TextField';
import { useFormStyles } from '../../components/form-styles';
import type { TeacherOption } from './groups-api';

type Props = {
  readonly title: string;
  readonly initial: GroupFormValues;
  readonly teachers: readonly TeacherOption[];
  readonly onCancel: () => void;
  /** Resolves true when saved; false keeps the dialog open with everything typed. */
  readonly onSave: (draft: GroupDraft) => Promise<boolean>;
};

export const GroupDialog = ({ title, initial, teachers, onCancel, onSave }: Props) => {
  const { t } = useTranslation();
  const styles = useFormStyles();
  const { control, handleSubmit, formState } = useForm<GroupFormValues, unknown, GroupDraft>({
    resolver: zodResolver(groupInputSchema),
    defaultValues: initial,
  });
  const submit = handleSubmit(async (draft) => {
    if (await onSave(draft)) onCancel();
  });
  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_e, d) => {
        if (!d.open) onCancel();
      }}
    >
      <DialogSurface>
        <form
          noValidate
          onSubmit={(e) => {
            void submit(e);
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>
              <Controller
                name="name"
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t('groups.form.name')}
                    required
                    {...field}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                name="yearBand"
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t('groups.form.yearBand')}
                    hint={t('groups.form.yearBandHint')}
                    {...field}
                    errorKey={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                name="teacherIds"
                control={control}
                render={({ field }) => (
                  <CheckboxGroup
                    label={t('groups.form.teachers')}
                    hint={teachers.length === 0 ? t('groups.form.noTeachers') : undefined}
                    options={teachers.map((teacher) => ({
                      value: teacher.id,
                      label: teacher.name,
                    }))}
                    selected={field.value}
                    onChange={field.onChange}
                  />
                )}
              />
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={formState.isSubmitting}>
                {t('groups.form.save')}
              </Button>
              <Button onClick={onCancel}>{t('groups.form.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
};
