// The Art. 20 export of one person's data as a ZIP: data.json (docs/portability.md, versioned)
// and CSV views of it, for the person to take to another controller. Head only (request.export):
// it hands data out of the register. The file name carries the request number, never a name.
import {
  PORTABILITY_SCHEMA,
  PORTABILITY_SCHEMA_VERSION,
  portabilityTables,
  type PortabilityExport,
} from '@shared/requests';
import { zipSync, strToU8 } from 'fflate';
import { readRequest } from '../../data/requests';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import { printedInstitution } from '../consents/institution';
import { toCsv } from '../records/export';
import { documentFileName, recordDocument, documentFor, type RequestPdf } from './documents';
import { fieldError, institutionCountry, today } from './requests-context';
import type { PersonRecord, PersonConsents, RequestsDeps } from './requests-deps';

const present = <K extends string>(
  key: K,
  value: string | undefined,
): Partial<Record<K, string>> =>
  value === undefined || value.trim() === '' ? {} : ({ [key]: value } as Record<K, string>);

/** The export's data: what the person and their representatives gave the institution. */
export const portabilityData = (
  record: PersonRecord,
  consents: PersonConsents,
  meta: { number: string; on: string; controller: { name: string; registrationNumber?: string } },
): PortabilityExport => {
  const s = record.subject;
  return {
    schema: PORTABILITY_SCHEMA,
    schemaVersion: PORTABILITY_SCHEMA_VERSION,
    exportNumber: meta.number,
    exportedOn: meta.on,
    controller: meta.controller,
    dataSubject: {
      givenNames: s.givenNames,
      familyName: s.familyName,
      ...present('personalCode', s.personalCode),
      ...present('birthDate', s.birthDate),
      ...present('healthNotes', s.healthNotes),
    },
    representatives: record.representatives.map((r) => ({
      givenNames: r.givenNames,
      familyName: r.familyName,
      relation: r.relation,
      ...present('personalCode', r.personalCode),
      ...present('phone', r.phone),
      ...present('email', r.email),
      ...present('address', r.address),
    })),
    consents: consents.purposes
      .filter((p) => p.events.length > 0)
      .map((p) => ({
        purposeId: p.id,
        purpose: p.label,
        events: p.events.map((e) => ({
          on: e.on,
          answer: e.kind,
          representative: e.representative,
          channel: e.channel,
          ...present('formId', e.formId),
        })),
      })),
  };
};

/** The ZIP: data.json and the CSV views, each stamped with the export day. */
export const portabilityZip = (data: PortabilityExport): Uint8Array => {
  const mtime = new Date(`${data.exportedOn}T12:00:00Z`);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'data.json': [strToU8(`${JSON.stringify(data, null, 2)}\n`), { mtime }],
  };
  for (const [name, table] of Object.entries(portabilityTables(data))) {
    files[name] = [strToU8(toCsv(table)), { mtime }];
  }
  return zipSync(files, { level: 6 });
};

export const portabilityExport = async (
  deps: RequestsDeps,
  session: Session,
  id: string,
): Promise<RequestPdf> => {
  const auth = authorize(session, 'request.export');
  const r = await readRequest(deps.ctx.db, auth, id);
  if (r.subjectId === null) throw fieldError('kind', 'requests.errors.needsPerson');
  const language = (await institutionCountry(deps.ctx)) === 'LT' ? 'lt' : 'lv';
  const doc = documentFor(r, 'portability', today(deps.ctx));
  const [record, consents, { institution }] = await Promise.all([
    deps.records.person(session, r.subjectId),
    deps.consents.consents(session, r.subjectId, language),
    printedInstitution(deps.ctx, session),
  ]);
  const data = portabilityData(record, consents, {
    number: doc.number,
    on: doc.date,
    controller: {
      name: institution.name,
      ...present('registrationNumber', institution.registrationNumber),
    },
  });
  const bytes = portabilityZip(data);
  await recordDocument(deps, session, r, doc);
  return {
    bytes,
    fileName: documentFileName('portability', doc.number, 'zip'),
    number: doc.number,
  };
};
