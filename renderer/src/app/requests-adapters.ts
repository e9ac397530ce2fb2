// Binds the request screens to the request services and the session. The request services reach
// the records and the consent ledger through those capabilities' own port adapters.
import { can } from '@shared/access/permissions';
import type { LetterKind } from '@shared/requests';
import { todayIso } from '@shared/text';
import type { ProcedureApi } from '../features/requests/ProcedureSection';
import type { RequestsApi } from '../features/requests/requests-api';
import { getHost } from '../platform';
import type { Session } from '../services';
import { createRequestConsentsPort } from '../services/consents/request-port';
import { loadPdfFonts } from '../services/documents/pdf-fonts';
import { createRequestRecordsPort } from '../services/records/request-port';
import { createRequestsService, type RequestPdf, type RequestsService } from '../services/requests';
import { consentService } from './consents-adapters';
import { loadVaultInfo } from './records-adapters';
import { recordsService } from './records-binding';
import { services } from './services';

type Go = (section: string, ...params: string[]) => void;

let instance: RequestsService | undefined;

/** The one request service of this renderer, over the app's vault context. */
export const requestsService = (): RequestsService => {
  instance ??= createRequestsService({
    ctx: services().context,
    records: createRequestRecordsPort(recordsService(), services().context.db),
    consents: createRequestConsentsPort(consentService()),
    fonts: loadPdfFonts,
  });
  return instance;
};

const deliver = async (pdf: RequestPdf, mode: 'print' | 'save'): Promise<string> => {
  const host = await getHost();
  if (mode === 'print') await host.printPdf(pdf.bytes, pdf.fileName);
  else
    await host.saveFile({
      suggestedName: pdf.fileName,
      mimeType: 'application/pdf',
      bytes: pdf.bytes,
    });
  return pdf.number;
};

const build = (session: Session, go: Go, country: 'LV' | 'LT'): RequestsApi => {
  const s = requestsService();
  const allowed = (p: Parameters<typeof can>[1]) => can(session.role, p);
  return {
    country,
    today: todayIso(new Date()),
    can: {
      manage: allowed('request.manage'),
      decide: allowed('request.decide'),
      accessReport: allowed('request.accessReport'),
      export: allowed('request.export'),
      recordDisclosure: allowed('disclosure.record'),
      editRecord: allowed('subject.edit'),
      restrict: allowed('subject.restrict'),
    },
    nav: {
      list: () => {
        go('requests');
      },
      open: (id) => {
        go('requests', id);
      },
      create: () => {
        go('requests', 'new');
      },
      edit: (id) => {
        go('requests', id, 'edit');
      },
      rectify: (id) => {
        go('requests', id, 'rectify');
      },
      record: (subjectId) => {
        go('subjects', subjectId);
      },
    },
    list: () => s.list(session),
    get: (id) => s.get(session, id),
    choices: () =>
      createRequestRecordsPort(recordsService(), services().context.db).choices(session),
    representativesOf: (subjectId) =>
      createRequestRecordsPort(recordsService(), services().context.db).representativesOf(
        session,
        subjectId,
      ),
    register: (input) => s.register(session, input),
    update: (id, input) => s.update(session, id, input),
    clarify: async (id, input) => {
      await s.requestClarification(session, id, input);
    },
    start: async (id) => {
      await s.startWork(session, id);
    },
    extend: async (id, input) => {
      await s.extend(session, id, input);
    },
    answer: async (id, input) => {
      await s.answer(session, id, input);
    },
    refuse: async (id, input) => {
      await s.refuse(session, id, input);
    },
    withdraw: async (id, on) => {
      await s.withdraw(session, id, on);
    },
    letter: async (id, kind: LetterKind, mode) => deliver(await s.letter(session, id, kind), mode),
    accessReport: async (id, mode) => deliver(await s.accessReport(session, id), mode),
    exportPortability: async (id) => {
      const zip = await s.portability(session, id);
      const host = await getHost();
      const { saved } = await host.saveFile({
        suggestedName: zip.fileName,
        mimeType: 'application/zip',
        bytes: zip.bytes,
      });
      return saved ? zip.number : null;
    },
    followUp: async (id, input) => {
      await s.recordFollowUp(session, id, input);
    },
    setNotice: async (id, disclosureId, input) => {
      await s.setNotice(session, id, disclosureId, input);
    },
    recordDisclosure: async (input) => {
      await s.recordDisclosure(session, input);
    },
  };
};

const cache = new WeakMap<Session, RequestsApi>();

/** The requests api of a session (built once; the institution's country is loaded first). */
export const requestsApiFor = async (session: Session, go: Go): Promise<RequestsApi> => {
  const cached = cache.get(session);
  if (cached) return cached;
  const info = await loadVaultInfo();
  const api = build(session, go, info.country);
  cache.set(session, api);
  return api;
};

/** Open requests by urgency for the nav badge; zero for roles that may not see requests. */
export const requestReminders = async (session: Session) =>
  can(session.role, 'request.view')
    ? requestsService().reminders(session)
    : { overdue: 0, soon: 0, later: 0 };

const procedureApis = new WeakMap<Session, ProcedureApi>();

/** The request procedure in Settings: the head changes it, the secretary reads it. */
export const procedureApi = (session: Session): ProcedureApi => {
  const cached = procedureApis.get(session);
  if (cached) return cached;
  const api: ProcedureApi = {
    canManage: can(session.role, 'settings.manage'),
    load: () => requestsService().procedure(),
    save: (procedure) => requestsService().setProcedure(session, procedure),
  };
  procedureApis.set(session, api);
  return api;
};
