// Before preparing forms: children who already have an open form of the same template version
// (issue 14, defect 5). Preparing again would put a second live paper in circulation; the
// usual answer is to print the open one again, with its own printed id.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { formatDate, todayIso } from '@shared/text';
import { useTranslation } from 'react-i18next';
import { nameWithDetail, namesakeTag } from '../../components/PersonName';
import type { UnreturnedForm } from '../../services/consents';
import { dateLocaleOf } from '../consents/DateInput';

type Props = {
  readonly open: readonly UnreturnedForm[];
  readonly onReprint: () => void;
  readonly onIssueAnyway: () => void;
  readonly onCancel: () => void;
};

export const OpenFormsWarning = ({ open, onReprint, onIssueAnyway, onCancel }: Props) => {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      open={open.length > 0}
      modalType="alert"
      onOpenChange={(_e, d) => {
        if (!d.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('forms.openWarning.title', { count: open.length })}</DialogTitle>
          <DialogContent>
            <p>{t('forms.openWarning.body')}</p>
            <ul>
              {open.map((f) => (
                <li key={f.formId}>
                  {t('forms.openWarning.item', {
                    name: nameWithDetail(
                      t,
                      i18n.language,
                      f.childName,
                      namesakeTag(f.namesakeBirthDate),
                    ),
                    formId: f.formId,
                    date: formatDate(todayIso(new Date(f.issuedAt)), dateLocaleOf(i18n.language)),
                  })}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReprint}>
              {t('forms.openWarning.reprint', { count: open.length })}
            </Button>
            <Button onClick={onIssueAnyway}>{t('forms.openWarning.issueAnyway')}</Button>
            <Button onClick={onCancel}>{t('forms.openWarning.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
