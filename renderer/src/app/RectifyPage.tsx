// Rectification linked to a request (GDPR Art. 16; issue 8): the record's NORMAL edit screen,
// with a banner naming the request. Saving the record records the follow-up on the request, so
// the audit and the recipients to notify follow it; cancel returns to the request.
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/text';
import { useNotify } from '../components/use-notify';
import { SubjectForm } from '../features/subjects/SubjectForm';
import type { SubjectFormApi } from '../features/subjects/subjects-api';
import type { RequestsApi } from '../features/requests/requests-api';

type Props = {
  readonly requests: RequestsApi;
  readonly form: SubjectFormApi;
  readonly requestId: string;
};

export const RectifyPage = ({ requests, form, requestId }: Props) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const [request, setRequest] = useState<{ number: string; subjectId: string } | null>(null);
  useEffect(() => {
    requests
      .get(requestId)
      .then((detail) => {
        if (detail.request.subjectId === null) requests.nav.open(requestId);
        else setRequest({ number: detail.request.number, subjectId: detail.request.subjectId });
      })
      .catch(notifyError);
  }, [requests, requestId, notifyError]);
  if (request === null) return <Spinner label={t('requests.loading')} />;
  const back = () => {
    requests.nav.open(requestId);
  };
  const linked: SubjectFormApi = {
    ...form,
    nav: { ...form.nav, open: back, list: back },
    save: async (value) => {
      const id = await form.save(value);
      await requests.followUp(requestId, { kind: 'rectified', on: todayIso(new Date()) });
      return id;
    },
  };
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          {t('requests.followUp.rectifyBanner', { number: request.number })}
        </MessageBarBody>
      </MessageBar>
      <SubjectForm api={linked} id={request.subjectId} />
    </>
  );
};
