// Pages of the consent capability.
// #/consents            group matrix, group sheet, photo check
// #/consents/<subjectId> a child's consents        #/forms[/<formId>]  issue and record forms
import { ChildConsentsPage } from '../features/consents/ChildConsentsPage';
import { ConsentsPage } from '../features/consents/ConsentsPage';
import { FormsPage } from '../features/forms/FormsPage';
import { consentsApiFor, formsApiFor } from './consents-adapters';
import type { PageMap } from './page-registry';

export const consentsPages: PageMap = {
  consents: ({ session, params, go }) => {
    const [subjectId] = params;
    const api = consentsApiFor(session, go);
    return subjectId === undefined ? <ConsentsPage api={api} /> : <ChildConsentsPage key={subjectId} api={api} subjectId={subjectId} />;
  },
  forms: ({ session, params, go }) => {
    const [formId] = params;
    return <FormsPage api={formsApiFor(session, go)} {...(formId ? { initialFormId: formId } : {})} />;
  },
};
