// Pages of the consent capability.
// #/consents            group matrix, group sheet, photo check
// #/consents/<subjectId> a child's consents        #/forms[/<formId>]  issue and record forms
// #/forms/templates     the head's form wording and processing purposes
import { ChildConsentsPage } from '../features/consents/ChildConsentsPage';
import { ConsentsPage } from '../features/consents/ConsentsPage';
import { FormsPage } from '../features/forms/FormsPage';
import { TemplatesPage } from '../features/templates/TemplatesPage';
import { consentsApiFor, formsApiFor, templatesApiFor } from './consents-adapters';
import type { PageMap } from './page-registry';

export const consentsPages: PageMap = {
  consents: ({ session, params, go }) => {
    const [subjectId] = params;
    const api = consentsApiFor(session, go);
    return subjectId === undefined ? (
      <ConsentsPage api={api} />
    ) : (
      <ChildConsentsPage key={subjectId} api={api} subjectId={subjectId} />
    );
  },
  forms: ({ session, params, go }) => {
    const [formId] = params;
    // "templates" can never be a printed form id (those are F-XXXX-XXXX).
    if (formId === 'templates') return <TemplatesPage api={templatesApiFor(session, go)} />;
    return (
      <FormsPage api={formsApiFor(session, go)} {...(formId ? { initialFormId: formId } : {})} />
    );
  },
};
