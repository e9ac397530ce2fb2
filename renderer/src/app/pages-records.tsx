// Pages of the records capability: groups, the subject list, a subject, its form, the import.
// #/subjects            list          #/subjects/new        form (new)
// #/subjects/import     import wizard #/subjects/<id>       subject page
// #/subjects/<id>/edit  form (edit)   #/groups              groups
import { Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/access/permissions';
import { GroupsPage } from '../features/groups/GroupsPage';
import { ImportWizard } from '../features/import/ImportWizard';
import { SubjectForm } from '../features/subjects/SubjectForm';
import { SubjectPage } from '../features/subjects/SubjectPage';
import { SubjectsPage } from '../features/subjects/SubjectsPage';
import type { PageContext, PageMap } from './page-registry';
import { isVaultInfoLoaded, loadVaultInfo, recordsApis } from './records-adapters';

/** The records apis depend on the institution's kind and country: load them first, once. */
const WithVaultInfo = ({ render }: { readonly render: () => ReactNode }) => {
  const { t } = useTranslation();
  const [ready, setReady] = useState(isVaultInfoLoaded());
  useEffect(() => {
    if (!ready)
      void loadVaultInfo().then(() => {
        setReady(true);
      });
  }, [ready]);
  return ready ? render() : <Spinner label={t('subjects.loading')} />;
};

const subjectsPage = ({ session, params, go }: PageContext): ReactNode => {
  const apis = recordsApis(session, go);
  const [first, second] = params;
  if (first === undefined) return <SubjectsPage api={apis.list} />;
  if (first === 'new' && can(session.role, 'subject.create'))
    return <SubjectForm key="new" api={apis.form} />;
  if (first === 'import' && can(session.role, 'records.import'))
    return <ImportWizard api={apis.importer} />;
  if (second === 'edit' && can(session.role, 'subject.edit'))
    return <SubjectForm key={`edit-${first}`} api={apis.form} id={first} />;
  return <SubjectPage key={first} api={apis.form} id={first} />;
};

export const recordsPages: PageMap = {
  subjects: (context) => <WithVaultInfo render={() => subjectsPage(context)} />,
  groups: (context) => (
    <WithVaultInfo
      render={() => <GroupsPage api={recordsApis(context.session, context.go).groups} />}
    />
  ),
};
