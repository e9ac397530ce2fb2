// The frame every part of a client's record shares: a card with its heading and, for a role that
// may change the part, an "Edit" button; the edit form with Save and Cancel; and the state of an
// edit (what is typed, the field messages, busy), which stays as typed when a check fails.
import { Button, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Edit20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormStyles } from '../../components/form-styles';
import { useNotify } from '../../components/use-notify';
import type { FieldErrors } from './part-errors';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

type CardProps = {
  readonly title: string;
  /** Shown only when the part may be changed and is not being edited. */
  readonly onEdit?: (() => void) | undefined;
  readonly children: ReactNode;
};

export const SectionCard = ({ title, onEdit, children }: CardProps) => {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Card className={styles.card}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{title}</Subtitle2>
        {onEdit ? (
          <Button
            icon={<Edit20Regular />}
            aria-label={`${t('clients.editPart')}: ${title}`}
            onClick={onEdit}
          >
            {t('clients.editPart')}
          </Button>
        ) : null}
      </div>
      {children}
    </Card>
  );
};

type FormProps = {
  readonly busy: boolean;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
};

export const EditForm = ({ busy, onSubmit, onCancel, children }: FormProps) => {
  const { t } = useTranslation();
  const form = useFormStyles();
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <div className={form.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('subjects.form.save')}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t('subjects.form.cancel')}
        </Button>
      </div>
    </form>
  );
};

/**
 * The state of one edit: `draft` is null while the part is only shown. `run` saves; field
 * messages keep the form open with what was typed, success closes it with a notice, any other
 * error is a notice and the form stays open.
 */
export const useEdit = <D,>() => {
  const { t } = useTranslation();
  const { notify, notifyError } = useNotify();
  const [draft, setDraft] = useState<D | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const open = (initial: D) => {
    setErrors({});
    setDraft(initial);
  };
  const close = () => {
    setErrors({});
    setDraft(null);
  };
  const run = async (save: () => Promise<FieldErrors | null>) => {
    setBusy(true);
    try {
      const found = await save();
      setErrors(found ?? {});
      if (found === null) {
        setDraft(null);
        notify('success', t('subjects.saved'));
      }
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return { draft, setDraft, errors, setErrors, busy, open, close, run };
};
