import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

type Props = {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /**
   * Which answer is the primary (blue) button: 'confirm' by default; 'cancel' where confirming
   * loses something for good, so the safe answer is the one that stands out.
   */
  readonly primary?: 'confirm' | 'cancel';
};

/** A yes/no question in the app's own style (window.confirm is not translatable or styled). */
export const ConfirmDialog = ({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  primary = 'confirm',
}: Props) => (
  <Dialog
    open
    modalType="alert"
    onOpenChange={(_e, d) => {
      if (!d.open) onCancel();
    }}
  >
    <DialogSurface>
      <DialogBody>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>{body}</DialogContent>
        <DialogActions>
          <Button appearance={primary === 'cancel' ? 'primary' : 'secondary'} onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button appearance={primary === 'confirm' ? 'primary' : 'secondary'} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  </Dialog>
);
