// Gathers everything the register holds on one person for the Art. 15 report: the record and
// representatives (records port), consents with their history and forms (consents port), the
// requests about them, the recipients log and the last correction (from the audit log).
import type { AccessReportInput, AccessReportPerson } from '@shared/pdf';
import { todayIso, type IsoDate } from '@shared/text';
import { disclosuresOf, readRequestsOfSubject } from '../../data/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { printedInstitution } from '../consents/institution';
import { readVaultMeta } from '../unlock';
import type { VaultContext } from '../vault-context';
import type { PersonRecord, RequestsDeps } from './requests-deps';

const defined = <K extends string>(
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> =>
  value === undefined || value.trim() === '' ? {} : ({ [key]: value } as Record<K, string>);

const personOf = (record: PersonRecord): AccessReportPerson => {
  const s = record.subject;
  return {
    givenNames: s.givenNames,
    familyName: s.familyName,
    status: s.status,
    ...defined('personalCode', s.personalCode),
    ...defined('birthDate', s.birthDate),
    ...defined('group', record.groupName),
    ...defined('enrolledOn', s.enrolledOn),
    ...defined('leftOn', s.leftOn),
    ...defined('restrictedSince', s.restriction?.since),
    ...defined('notes', s.notes),
    ...defined('healthNotes', s.healthNotes),
  };
};

/** The day the record was last changed (the records capability audits every update). */
const lastCorrection = async (
  ctx: VaultContext,
  session: Session,
  subjectId: string,
): Promise<IsoDate | undefined> => {
  authorize(session, 'audit.view');
  const rows = await ctx.db.audit.where('action').equals('subject.update').toArray();
  const last = rows
    .filter((r) => r.entityId === subjectId)
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return last === undefined ? undefined : todayIso(new Date(last.at));
};

export const buildAccessReport = async (
  deps: RequestsDeps,
  session: Session,
  subjectId: string,
  doc: { readonly number: string; readonly date: IsoDate; readonly requestNumber: string },
): Promise<AccessReportInput> => {
  const auth = authorize(session, 'request.accessReport');
  const meta = await readVaultMeta(deps.ctx);
  const language = meta.country === 'LT' ? 'lt' : 'lv';
  const [record, consents, requests, disclosures, { institution }, fonts, corrected] =
    await Promise.all([
      deps.records.person(session, subjectId),
      deps.consents.consents(session, subjectId, language),
      readRequestsOfSubject(deps.ctx.db, auth, subjectId),
      disclosuresOf(deps.ctx.db, authorize(session, 'disclosure.view'), subjectId),
      printedInstitution(deps.ctx, session),
      deps.fonts(),
      lastCorrection(deps.ctx, session, subjectId),
    ]);
  return {
    language,
    institution,
    institutionKind: meta.kind,
    reportNumber: doc.number,
    date: doc.date,
    requestNumber: doc.requestNumber,
    person: personOf(record),
    representatives: record.representatives.map((rep) => ({
      givenNames: rep.givenNames,
      familyName: rep.familyName,
      relation: rep.relation,
      ...defined('personalCode', rep.personalCode),
      ...defined('phone', rep.phone),
      ...defined('email', rep.email),
      ...defined('address', rep.address),
      ...defined('notes', rep.notes),
      ...defined('custodyNotes', rep.custodyNotes),
    })),
    consents: consents.purposes.map((p) => ({
      purpose: p.label,
      state: p.state,
      events: p.events.map((e) => ({
        on: e.on,
        kind: e.kind,
        representative: e.representative,
        channel: e.channel,
        ...defined('formId', e.formId),
      })),
    })),
    forms: consents.forms,
    requests: [...requests]
      .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1))
      .map((q) => ({
        number: q.number,
        type: q.type,
        receivedOn: q.receivedOn,
        status: q.status,
        ...defined('answeredOn', q.outcome?.on),
      })),
    recipients: disclosures.map((d) => ({
      on: d.on,
      recipient: d.recipient,
      categories: d.categories,
      legalBasis: d.legalBasis,
    })),
    ...defined('lastCorrectedOn', corrected),
    fonts,
  };
};
