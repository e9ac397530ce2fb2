// On a child's (client's) page: a leaving planned for a date still to come, with its reason, and
// for the head and the secretary the way to cancel it. On the date itself the child is turned
// 'left' by the next unlock of the head or the secretary (services/records/planned-leavings.ts).
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { CalendarClock20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlannedLeaving } from '@shared/domain/leaving';
import type { Subject } from '@shared/domain/types';
import { formatDate } from '@shared/text/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/use-notify';
import { kindContext } from './kind-context';
import { dateLocale } from './subject-values';
import type { SubjectFormApi } from './subjects-api';

type Props = {
  readonly api: SubjectFormApi;
  readonly subject: Subject;
  /** After a cancel: the page reads the record again. */
  readonly onChanged: () => void;
};

export const PlannedLeavingNotice = ({ api, subject: s, onChanged }: Props) => {
  const { t, i18n } = useTranslation();
  const { notify, notifyError } = useNotify();
  const [confirming, setConfirming] = useState(false);
  if (!isPlannedLeaving(s, api.today) || s.leftOn === undefined) return null;
  const ctx = kindContext(s.kind);
  const reason = s.leftReason
    ? [t(`subjects.leavingReason.${s.leftReason.code}`), s.leftReason.note]
        .filter(Boolean)
        .join(': ')
    : '—';
  const cancel = () => {
    setConfirming(false);
    api
      .setLeaving(s.id, null)
      .then(() => {
        notify('success', t('subjects.leave.cancelledPlanned', ctx));
        onChanged();
      })
      .catch(notifyError);
  };
  return (
    <>
      <MessageBar intent="info" icon={<CalendarClock20Regular />} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('subjects.leave.plannedTitle', ctx)}</MessageBarTitle>
          {t('subjects.leave.plannedBody', {
            ...ctx,
            date: formatDate(s.leftOn, dateLocale(i18n.language)),
            reason,
          })}
        </MessageBarBody>
        {api.can.leave ? (
          <MessageBarActions>
            <Button
              onClick={() => {
                setConfirming(true);
              }}
            >
              {t('subjects.leave.cancelPlanned', ctx)}
            </Button>
          </MessageBarActions>
        ) : null}
      </MessageBar>
      {confirming ? (
        <ConfirmDialog
          title={`${t('subjects.leave.cancelPlanned', ctx)}?`}
          body={t('subjects.leave.cancelPlannedBody', ctx)}
          confirmLabel={t('subjects.leave.cancelPlanned', ctx)}
          cancelLabel={t('subjects.leave.cancel')}
          onCancel={() => {
            setConfirming(false);
          }}
          onConfirm={cancel}
        />
      ) : null}
    </>
  );
};
