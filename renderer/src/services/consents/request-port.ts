// The consent side of the request capability's RequestConsentsPort: one subject's consents with
// their full history and the forms issued, for the access report (GDPR Art. 15).
import { loadBundledTemplates } from '@shared/pdf';
import { todayIso } from '@shared/text';
import type { RequestConsentsPort } from '../requests/requests-deps';
import type { ConsentService } from './index';

const bundled = loadBundledTemplates();

/** "Veidlapa Nr. 1 (lv-veidlapa-1 v2)": the printed label of the template, and its version. */
const templateLabel = (templateId: string, version: number): string => {
  let label = templateId;
  try {
    label = bundled.latest(templateId).formLabel;
  } catch {
    // A template the bundle does not know keeps its id as label.
  }
  return `${label} (${templateId} v${version})`;
};

export const createRequestConsentsPort = (consents: ConsentService): RequestConsentsPort => ({
  consents: async (session, subjectId, language) => {
    const view = await consents.subjectConsents(session, subjectId, todayIso(new Date()));
    const oldestFirst = [...view.history].reverse();
    return {
      purposes: view.purposes.map((p) => ({
        id: p.purpose.id,
        label: p.purpose.labels[language],
        state: p.state,
        events: oldestFirst
          .filter((e) => e.purposeId === p.purpose.id)
          .map((e) => ({
            on: e.on,
            kind: e.kind,
            representative: e.representativeName,
            channel: e.channel,
            formId: e.formId,
          })),
      })),
      forms: view.forms.map((f) => ({
        formId: f.formId,
        template: templateLabel(f.templateId, f.templateVersion),
        issuedOn: todayIso(new Date(f.issuedAt)),
      })),
    };
  },
});
