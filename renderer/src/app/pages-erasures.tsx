// Pages of erasure (issue 9): #/erasures the "Dzēšamie" list, #/erasures/propose/<subject id>
// the proposal form (opened from the subject's page).
import { can } from '@shared/access/permissions';
import { ErasuresPage } from '../features/erasures/ErasuresPage';
import { ProposeErasureForm } from '../features/erasures/ProposeErasureForm';
import type { ErasuresApi } from '../features/erasures/erasures-api';
import { getHost } from '../platform';
import type { Session } from '../services';
import { loadPdfFonts } from '../services/documents/pdf-fonts';
import { createErasureService, type ErasureService } from '../services/retention';
import type { PageMap } from './page-registry';
import { recordsService } from './records-binding';
import { services } from './services';

type Go = (section: string, ...params: string[]) => void;

let instance: ErasureService | undefined;
const erasureService = (): ErasureService => {
  instance ??= createErasureService(services().context, loadPdfFonts);
  return instance;
};

const erasuresApi = (session: Session, go: Go): ErasuresApi => {
  const s = erasureService();
  return {
    canDecide: can(session.role, 'subject.erase'),
    list: () => s.list(session),
    personName: async (subjectId) => {
      const { subject } = await recordsService().getSubject(session, subjectId);
      return `${subject.givenNames} ${subject.familyName}`.trim();
    },
    propose: async (subjectId, input) => {
      await s.propose(session, subjectId, input);
    },
    approve: (id, confirmOwnProposal) => s.approve(session, id, { confirmOwnProposal }),
    reject: (id, rejection) => s.reject(session, id, rejection),
    saveCertificate: async (id, personName) => {
      const pdf = await s.certificate(session, id, personName ? { personName } : {});
      const host = await getHost();
      await host.saveFile({
        suggestedName: pdf.fileName,
        mimeType: 'application/pdf',
        bytes: pdf.bytes,
      });
    },
    back: () => {
      go('erasures');
    },
    openPerson: (subjectId) => {
      go('subjects', subjectId);
    },
  };
};

// One api per session, so the screens' effects do not re-run on every render of the app.
const apis = new WeakMap<Session, ErasuresApi>();
const apiFor = (session: Session, go: Go): ErasuresApi => {
  const known = apis.get(session);
  if (known) return known;
  const made = erasuresApi(session, go);
  apis.set(session, made);
  return made;
};

export const erasuresPages: PageMap = {
  erasures: ({ session, params, go }) => {
    const [first, subjectId] = params;
    const api = apiFor(session, go);
    return first === 'propose' && subjectId !== undefined ? (
      <ProposeErasureForm key={subjectId} api={api} subjectId={subjectId} />
    ) : (
      <ErasuresPage api={api} />
    );
  },
};
