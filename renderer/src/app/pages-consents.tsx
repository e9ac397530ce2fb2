// Pages of the consent capability.
// #/consents            group matrix, group sheet, photo check
// #/consents/<subjectId> a child's consents        #/forms[/<formId>]  issue and record forms
// #/forms/templates     the head's form wording and processing purposes
import { ChildConsentsPage } from '../features/consents/ChildConsentsPage';
import { ConsentsPage } from '../features/consents/ConsentsPage';
import { FormsPage } from '../features/forms/FormsPage';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SubjectKindProvider } from '../components/subject-kind';
import { consentsApiFor, formsApiFor, templatesApiFor } from './consents-adapters';
import type { PageMap } from './page-registry';
import { useInstitutionKind } from './use-institution-kind';

/** The consent screens speak of children or of clients: wait for the register's kind. */
const WithSubjectKind = ({ children }: { readonly children: ReactNode }) => {
  const { t } = useTranslation();
  const kind = useInstitutionKind();
  if (kind === undefined) return <Spinner label={t('consents.loading')} />;
  return (
    <SubjectKindProvider value={kind === 'socialOffice' ? 'client' : 'child'}>
      {children}
    </SubjectKindProvider>
  );
};

export const consentsPages: PageMap = {
  consents: ({ session, params, go }) => {
    const [subjectId] = params;
    const api = consentsApiFor(session, go);
    return (
      <WithSubjectKind>
        {subjectId === undefined ? (
          <ConsentsPage api={api} />
        ) : (
          <ChildConsentsPage key={subjectId} api={api} subjectId={subjectId} />
        )}
      </WithSubjectKind>
    );
  },
  forms: ({ session, params, go }) => {
    const [formId] = params;
    // "templates" can never be a printed form id (those are F-XXXX-XXXX).
    if (formId === 'templates')
      return (
        <WithSubjectKind>
          <TemplatesPage api={templatesApiFor(session, go)} />
        </WithSubjectKind>
      );
    return (
      <WithSubjectKind>
        <FormsPage api={formsApiFor(session, go)} {...(formId ? { initialFormId: formId } : {})} />
      </WithSubjectKind>
    );
  },
};
