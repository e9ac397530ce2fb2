// The shell every decision dialog shares: a title, the fields, Save and Cancel. A refusal from
// the service shows on its field (errors map) and the dialog stays open with what was typed.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { isAppError } from '@shared/errors/app-error';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';

type Props = {
  readonly title: string;
  readonly onSave: () => Promise<void>;
  readonly onClose: (saved: boolean) => void;
  readonly children: (errors: Readonly<Record<string, string>>) => ReactNode;
  readonly saveLabel?: string;
};

export const ActionDialog = ({ title, onSave, onClose, children, saveLabel }: Props) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  const { notify, notifyError } = useNotify();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setErrors({});
    try {
      await onSave();
      notify('success', t('requests.dialog.saved'));
      onClose(true);
    } catch (error) {
      const field = isAppError(error) ? error.details?.field : undefined;
      if (isAppError(error) && error.code === 'validation' && typeof field === 'string') {
        setErrors({ [field]: error.i18nKey });
      } else notifyError(error);
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
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={form.form}>{children(errors)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={busy}>
                {saveLabel ?? t('requests.dialog.save')}
              </Button>
              <Button
                onClick={() => {
                  onClose(false);
                }}
              >
                {t('requests.dialog.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
};
