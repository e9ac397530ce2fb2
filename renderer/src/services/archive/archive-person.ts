// One person's folder of an archive package (shared/archive/manifest.ts): the readable summary
// (the access report's sections under the archive's own heading), the machine-readable data
// (the Art. 20 portability shape, JSON and CSV views) and the scans of signed papers.
import { PERSON_FILES, type ArchivedPerson } from '@shared/archive/manifest';
import { renderAccessReport } from '@shared/pdf';
import { portabilityTables } from '@shared/requests';
import type { IsoDate } from '@shared/text';
import { utf8 } from '../../data/crypto/bytes';
import type { Session } from '../../data/session/session';
import { toCsv } from '../records/export';
import { buildAccessReport } from '../requests/access-report-data';
import { portabilityData } from '../requests/portability';
import type { ArchiveDeps } from './archive-deps';
import { ARCHIVE_SUMMARY_HEADING } from './archive-texts';

export type PersonFolder = {
  readonly entry: ArchivedPerson;
  readonly files: readonly (readonly [path: string, bytes: Uint8Array])[];
  /** Which categories of data the folder holds (for the hand-over act). */
  readonly has: { contacts: boolean; healthNotes: boolean; consents: boolean; evidence: boolean };
};

const EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/** The folder of the person `subjectId` (number `number`, e.g. 'ARH-20261201-1030-3'). */
export const personFolderFiles = async (
  deps: ArchiveDeps,
  session: Session,
  subjectId: string,
  folder: string,
  doc: { readonly number: string; readonly date: IsoDate; readonly language: 'lv' | 'lt' },
  controller: { readonly name: string; readonly registrationNumber?: string },
): Promise<PersonFolder> => {
  const [record, consents, scans, report] = await Promise.all([
    deps.records.person(session, subjectId),
    deps.consents.consents(session, subjectId, doc.language),
    deps.scans(session, subjectId),
    buildAccessReport(deps, session, subjectId, {
      number: doc.number,
      date: doc.date,
      requestNumber: '',
    }),
  ]);
  const summary = await renderAccessReport({
    ...report,
    heading: ARCHIVE_SUMMARY_HEADING[doc.language],
  });
  const data = portabilityData(record, consents, {
    number: doc.number,
    on: doc.date,
    controller,
  });
  const files: [string, Uint8Array][] = [
    [`${folder}/${PERSON_FILES.summary}`, summary],
    [`${folder}/${PERSON_FILES.data}`, utf8(`${JSON.stringify(data, null, 2)}\n`)],
  ];
  for (const [name, table] of Object.entries(portabilityTables(data)))
    files.push([`${folder}/${name}`, utf8(toCsv(table))]);
  const scanEntries = scans.map((s, i) => {
    const file = `${folder}/skenejumi/${String(i + 1).padStart(2, '0')}-${s.evidenceId}.${EXTENSIONS[s.mimeType] ?? 'bin'}`;
    files.push([file, s.bytes]);
    return {
      file,
      evidenceId: s.evidenceId,
      mimeType: s.mimeType,
      ...(s.formId === undefined ? {} : { formId: s.formId }),
      ...(s.signedOn === undefined ? {} : { signedOn: s.signedOn }),
    };
  });
  const consentEvents = data.consents.reduce((n, c) => n + c.events.length, 0);
  return {
    entry: {
      folder,
      personId: subjectId,
      kind: record.subject.kind === 'client' ? 'client' : 'child',
      consentEvents,
      scans: scanEntries,
    },
    files,
    has: {
      contacts: record.representatives.some((r) => !!(r.phone || r.email || r.address)),
      healthNotes: !!record.subject.healthNotes?.trim(),
      consents: consentEvents > 0,
      evidence: scanEntries.length > 0,
    },
  };
};
