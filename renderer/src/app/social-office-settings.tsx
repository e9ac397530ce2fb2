// The settings only a social office has: the list of service names (issue 11), for the head.
import { Divider } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ServiceNamesSection, type ServiceNamesApi } from '../features/clients/ServiceNamesSection';
import type { Session } from '../services';
import { services } from './services';
import { useInstitutionKind } from './use-institution-kind';

const serviceNamesApi = (session: Session): ServiceNamesApi => ({
  load: () => services().settings.getServiceNames(),
  save: (names) => services().settings.setServiceNames(session, names),
});

export const SocialOfficeSettings = ({ session }: { readonly session: Session }) => {
  const kind = useInstitutionKind();
  const api = useMemo(() => serviceNamesApi(session), [session]);
  if (kind !== 'socialOffice') return null;
  return (
    <>
      <Divider />
      <ServiceNamesSection api={api} />
    </>
  );
};
