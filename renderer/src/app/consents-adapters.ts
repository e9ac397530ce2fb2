// Binds the consent and forms screens to the consent services and the session. The consent
// services reach the records through a ConsentRecordsPort built here on the records port, so
// neither capability depends on the other's storage.
import { can } from '@shared/access/permissions';
import { documentLanguage } from '@shared/pdf';
import { todayIso } from '@shared/text';
import type { ConsentsApi } from '../features/consents/consents-api';
import type {
  ChildChoice,
  FormsApi,
  IssueRequest,
  RecordFormApi,
} from '../features/forms/forms-api';
import type { TemplatesApi } from '../features/templates/templates-api';
import { getHost } from '../platform';
import type { Session } from '../services';
import {
  createConsentService,
  type ConsentRecordsPort,
  type ConsentService,
} from '../services/consents';
import { createConsentRecordsPort } from '../services/records';
import { loadPdfFonts } from '../services/documents/pdf-fonts';
import { consentSummaryProvider } from './consent-summary';
import { provideConsentSummary } from './records-adapters';
import { bindRecordsPort, recordsService } from './records-binding';
import { services } from './services';

type Go = (section: string, ...params: string[]) => void;

// The consent services reach the records through the records capability's own port adapter.
let recordsPort: ConsentRecordsPort | undefined;
const consentRecordsPort = (): ConsentRecordsPort => {
  recordsPort ??= createConsentRecordsPort(recordsService());
  return recordsPort;
};

let instance: ConsentService | undefined;

/** The one consent service of this renderer, over the app's vault context. */
export const consentService = (): ConsentService => {
  instance ??= createConsentService({
    ctx: services().context,
    records: consentRecordsPort(),
    fonts: loadPdfFonts,
  });
  return instance;
};

// The children list shows each child's consents at a glance.
provideConsentSummary(consentSummaryProvider(consentService));

const today = (): string => todayIso(new Date());
/** File names and window titles carry the kind of document and a date only, never a name. */
const pdfName = (kind: string): string => `${kind}-${today()}.pdf`;

const printPdf = async (bytes: Uint8Array, kind: string): Promise<void> => {
  await (await getHost()).printPdf(bytes, pdfName(kind));
};
const savePdf = async (bytes: Uint8Array, kind: string): Promise<void> => {
  await (
    await getHost()
  ).saveFile({ suggestedName: pdfName(kind), mimeType: 'application/pdf', bytes });
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'lv');

/** Active, unrestricted children with birth date and group for the pickers (defect 11). */
const childChoices = async (session: Session): Promise<ChildChoice[]> => {
  const port = bindRecordsPort();
  const [subjects, groups] = await Promise.all([
    port.listSubjects(session),
    port.listGroups(session),
  ]);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  return subjects
    .filter((s) => s.status === 'active' && s.restriction == null)
    .map((s) => ({
      id: s.id,
      name: `${s.givenNames} ${s.familyName}`,
      groupId: s.groupId ?? null,
      tag: { birthDate: s.birthDate, groupName: groupNames.get(s.groupId ?? '') ?? null },
    }))
    .sort(byName);
};

export const groupChoices = async (session: Session) =>
  (await bindRecordsPort().listGroups(session))
    .filter((g) => g.status === 'active')
    .map((g) => ({ id: g.id, name: g.name }))
    .sort(byName);

const recordFormApi = (session: Session, go: Go): RecordFormApi => ({
  find: (formId) => consentService().findForm(session, formId),
  record: async (input) => {
    await consentService().recordAnswers(session, input);
  },
  children: () => childChoices(session),
  representativesOf: async (subjectId) =>
    (await consentRecordsPort().representatives(session, subjectId)).map((r) => ({
      id: r.id,
      name: `${r.givenNames} ${r.familyName}`,
    })),
  openChild: (id) => {
    go('consents', id);
  },
});

const issueInput = (request: IssueRequest) => ({
  templateId: request.templateId,
  representatives: request.representatives,
  blank: request.blank,
  ...(request.target.kind === 'group' ? { groupId: request.target.groupId } : {}),
  ...(request.target.kind === 'subjects' ? { subjectIds: request.target.subjectIds } : {}),
});

export const formsApi = (session: Session, go: Go): FormsApi => ({
  templates: async () => {
    // The institution's own language first: an LV kindergarten starts on Veidlapa Nr. 1.
    const info = await services().vault.vaultInfo();
    const own = info?.country === 'LT' ? 'lt' : 'lv';
    return (await consentService().templates(session))
      .filter((t) => t.kind === 'consent')
      .sort((a, b) => Number(a.language !== own) - Number(b.language !== own));
  },
  groups: () => groupChoices(session),
  children: () => childChoices(session),
  issue: async (request, onProgress) => {
    const result = await consentService().issueForms(session, {
      ...issueInput(request),
      onProgress,
    });
    return {
      formCount: result.forms.length,
      formIds: result.forms.map((f) => f.formId),
      print: () => printPdf(result.pdf, 'veidlapas'),
      save: () => savePdf(result.pdf, 'veidlapas'),
    };
  },
  unreturned: async (request) => {
    if (request.target.kind === 'blank') return [];
    return consentService().unreturnedForms(session, {
      ...(request.target.kind === 'group'
        ? { groupId: request.target.groupId }
        : { subjectIds: request.target.subjectIds }),
      templateId: request.templateId,
    });
  },
  unreturnedOfGroup: (groupId) => consentService().unreturnedForms(session, { groupId }),
  reprint: async (formIds) => {
    await printPdf(await consentService().reprintForms(session, formIds), 'veidlapas');
  },
  recordForm: recordFormApi(session, go),
  canRecord: can(session.role, 'consent.record'),
  canManageWording: can(session.role, 'template.manage') || can(session.role, 'purpose.manage'),
  openTemplates: () => {
    go('forms', 'templates');
  },
});

export const templatesApi = (session: Session, go: Go): TemplatesApi => {
  const c = consentService();
  return {
    can: {
      manageTemplates: can(session.role, 'template.manage'),
      managePurposes: can(session.role, 'purpose.manage'),
    },
    versions: () => c.templateVersions(session),
    template: (id, version) => c.template(session, id, version),
    preview: async (edited) => {
      await printPdf(await c.previewTemplate(session, edited), 'veidlapas-paraugs');
    },
    save: (edited) => c.saveTemplateVersion(session, edited),
    purposes: () => c.purposes(session),
    addPurpose: (labels) => c.createPurpose(session, labels),
    purposeLanguage: async () =>
      documentLanguage((await services().vault.vaultInfo())?.country ?? 'LV'),
    openForms: () => {
      go('forms');
    },
  };
};

// One api object per session and screen, so screens' effects do not reload on every render.
const cache = new WeakMap<
  Session,
  { consents?: ConsentsApi; forms?: FormsApi; templates?: TemplatesApi }
>();
const cached = (session: Session) => {
  let entry = cache.get(session);
  if (!entry) {
    entry = {};
    cache.set(session, entry);
  }
  return entry;
};

export const formsApiFor = (session: Session, go: Go): FormsApi => {
  const entry = cached(session);
  entry.forms ??= formsApi(session, go);
  return entry.forms;
};

export const templatesApiFor = (session: Session, go: Go): TemplatesApi => {
  const entry = cached(session);
  entry.templates ??= templatesApi(session, go);
  return entry.templates;
};

export const consentsApiFor = (session: Session, go: Go): ConsentsApi => {
  const entry = cached(session);
  entry.consents ??= consentsApi(session, go);
  return entry.consents;
};

export const consentsApi = (session: Session, go: Go): ConsentsApi => {
  const c = consentService();
  return {
    can: {
      record: can(session.role, 'consent.record'),
      withdraw: can(session.role, 'consent.withdraw'),
      correct: can(session.role, 'consent.correct'),
      groupSheet: can(session.role, 'form.groupSheet'),
      viewEvidence: can(session.role, 'consent.viewEvidence'),
      issue: can(session.role, 'form.issue'),
    },
    groups: () => groupChoices(session),
    children: () => childChoices(session),
    purposes: () => c.purposes(session),
    groupMatrix: (groupId, onDate) => c.groupMatrix(session, groupId, onDate),
    printGroupSheet: async (groupId, onDate) => {
      await printPdf(await c.groupSheetPdf(session, groupId, onDate), 'grupas-saraksts');
    },
    photoCheck: (ids, purposeIds, onDate) => c.photoCheck(session, ids, purposeIds, onDate),
    subject: (id, onDate) => c.subjectConsents(session, id, onDate),
    withdraw: async (request) => {
      await c.withdraw(session, request);
    },
    correct: async (request) => {
      await c.correctEvent(session, request);
    },
    recordCustomAnswer: async (request) => {
      await c.recordCustomAnswer(session, request);
    },
    printWithdrawal: async (request) => {
      await printPdf((await c.withdrawalForm(session, request)).pdf, 'atsaukums');
    },
    openScan: async (evidenceId) => {
      const file = await c.evidence(session, evidenceId);
      if (file.mimeType === 'application/pdf') await printPdf(file.bytes, 'skenejums');
      else
        await (
          await getHost()
        ).saveFile({
          suggestedName: `skenejums-${today()}.${file.mimeType === 'image/png' ? 'png' : 'jpg'}`,
          mimeType: file.mimeType,
          bytes: file.bytes,
        });
    },
    reprint: async (formId) => {
      await printPdf(await c.reprintForm(session, formId), 'veidlapa');
    },
    recordForm: recordFormApi(session, go),
    openChild: (id) => {
      go('consents', id);
    },
    openList: () => {
      go('consents');
    },
    openSubjects: () => {
      go('subjects');
    },
  };
};
