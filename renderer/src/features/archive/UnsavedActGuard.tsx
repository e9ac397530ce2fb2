// While a hand-over's act is not saved, leaving the page asks first (issue 9 item 7): the code
// stays in memory and the page shows it again on return, but only until the app locks (idle,
// manual or sleep); the dialog says so. Staying is the primary button, first and focused.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { leave, useLeaveGuard } from '../../components/use-leave-guard';

type Props = { readonly active: boolean };

export const UnsavedActGuard = ({ active }: Props) => {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string | null>(null);
  useLeaveGuard(active, setTarget);
  if (target === null) return null;
  return (
    <ConfirmDialog
      title={t('archive.leave.title')}
      body={t('archive.leave.body')}
      confirmLabel={t('archive.leave.confirm')}
      cancelLabel={t('archive.leave.cancel')}
      onConfirm={() => {
        setTarget(null);
        leave(target);
      }}
      primary="cancel"
      onCancel={() => {
        setTarget(null);
      }}
    />
  );
};
