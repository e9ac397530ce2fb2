// Pages of the request register (issue 8).
// #/requests              list by urgency       #/requests/new         register a request
// #/requests/<id>         one request           #/requests/<id>/edit   edit an open request
// #/requests/<id>/rectify the record's edit screen, linked to the request (rectification)
import { Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../components/use-notify';
import { RequestForm } from '../features/requests/RequestForm';
import { RequestPage } from '../features/requests/RequestPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import type { RequestsApi } from '../features/requests/requests-api';
import type { PageContext, PageMap } from './page-registry';
import { recordsApis } from './records-adapters';
import { RectifyPage } from './RectifyPage';
import { requestsApiFor } from './requests-adapters';

/** The requests api needs the institution's country: load it first, once per session. */
const WithRequestsApi = ({
  context,
  render,
}: {
  readonly context: PageContext;
  readonly render: (api: RequestsApi) => ReactNode;
}) => {
  const { t } = useTranslation();
  const { notifyError } = useNotify();
  const [api, setApi] = useState<RequestsApi | null>(null);
  const { session, go } = context;
  useEffect(() => {
    requestsApiFor(session, go).then(setApi).catch(notifyError);
  }, [session, go, notifyError]);
  return api === null ? <Spinner label={t('requests.loading')} /> : render(api);
};

const requestsPage = (context: PageContext, api: RequestsApi): ReactNode => {
  const [first, second] = context.params;
  if (first === undefined) return <RequestsPage api={api} />;
  if (first === 'new' && api.can.manage) return <RequestForm key="new" api={api} />;
  if (second === 'edit' && api.can.manage) {
    return <RequestForm key={`edit-${first}`} api={api} id={first} />;
  }
  if (second === 'rectify' && api.can.manage && api.can.editRecord) {
    return (
      <RectifyPage
        key={`rectify-${first}`}
        requests={api}
        form={recordsApis(context.session, context.go).form}
        requestId={first}
      />
    );
  }
  return <RequestPage key={first} api={api} id={first} />;
};

export const requestsPages: PageMap = {
  requests: (context) => (
    <WithRequestsApi context={context} render={(api) => requestsPage(context, api)} />
  ),
};
