// Pages of erasure (issue 9): #/erasures the "Dzēšamie" list, #/erasures/propose/<subject id>
// the proposal form (opened from the subject's page; `/archived` after an archive hand-over:
// pre-filled with the legal basis "nodots valsts arhīvam").
import { can } from '@shared/access/permissions';
import { ErasuresPage } from '../features/erasures/ErasuresPage';
import { ProposeErasureForm } from '../features/erasures/ProposeErasureForm';
import type { DueErasure, ErasuresApi } from '../features/erasures/erasures-api';
import { getHost } from '../platform';
import { archiveApi } from './archive-adapters';
import type { Session } from '../services';
import { loadPdfFonts } from '../services/documents/pdf-fonts';
import { createErasureService, type ErasureService } from '../services/retention';
import type { IsoDate } from '@shared/text';
import { namesakeIds } from '@shared/text/namesakes';
import type { PageMap } from './page-registry';
import { recordsService } from './records-binding';
import { retentionService } from './retention-adapters';
import { services } from './services';

type Go = (section: string, ...params: string[]) => void;

let instance: ErasureService | undefined;
const erasureService = (): ErasureService => {
  instance ??= createErasureService(services().context, loadPdfFonts);
  return instance;
};

/**
 * The due list with names and group names, read through the records service (one audited list
 * read) only when someone is due; a person the session cannot open keeps a null name.
 */
const dueList = async (session: Session, today: IsoDate): Promise<DueErasure[]> => {
  const due = await retentionService().listDueForErasure(session, today);
  if (due.length === 0) return [];
  const records = recordsService();
  const [subjects, groups] = await Promise.all([
    records.listSubjects(session),
    records.listGroups(session),
  ]);
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const namesakes = namesakeIds(subjects);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return due.map((d) => {
    const subject = byId.get(d.personId);
    const groupId = subject?.groupId ?? null;
    return {
      subjectId: d.personId,
      name: subject ? `${subject.givenNames} ${subject.familyName}`.trim() : null,
      ...(subject && namesakes.has(subject.id) ? { namesakeBirthDate: subject.birthDate } : {}),
      groupName: groupId === null ? null : (groupName.get(groupId) ?? null),
      categories: d.categories,
      blockedBy: d.blockedBy,
    };
  });
};

const erasuresApi = (session: Session, go: Go): ErasuresApi => {
  const s = erasureService();
  return {
    canDecide: can(session.role, 'subject.erase'),
    archive: archiveApi(session, go),
    list: () => s.list(session),
    dueList: (today) => dueList(session, today),
    dueFor: async (subjectId, today) =>
      (await retentionService().listDueForErasure(session, today)).find(
        (d) => d.personId === subjectId,
      ) ?? null,
    notYetDue: (subjectId, today) => retentionService().listNotYetDue(session, subjectId, today),
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
    openProposal: (subjectId) => {
      go('erasures', 'propose', subjectId);
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
    const [first, subjectId, after] = params;
    const api = apiFor(session, go);
    return first === 'propose' && subjectId !== undefined ? (
      <ProposeErasureForm
        key={`${subjectId}/${after ?? ''}`}
        api={api}
        subjectId={subjectId}
        handedOver={after === 'archived'}
      />
    ) : (
      <ErasuresPage api={api} />
    );
  },
};
