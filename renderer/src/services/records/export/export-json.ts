// The machine-readable export: the same records and the same role-filtered columns as the CSV
// and XLSX, but with stable codes instead of labels (status 'active', relation 'mother'), ISO
// dates and personal codes as their 11 digits, for another program or a portability request.
import type { ExportColumn, ExportSubject } from './export-columns';

export const JSON_MIME = 'application/json';
export const EXPORT_JSON_FORMAT = 'piekrisanu-registrs/subjects';

type JsonRepresentative = {
  givenNames: string;
  familyName: string;
  relation: string;
  phone?: string;
  email?: string;
};

type JsonSubject = Record<string, string | JsonRepresentative[] | undefined>;

/** Which machine fields each column id allows (a column the role lacks is never written). */
const SUBJECT_FIELDS: Readonly<Record<string, (s: ExportSubject) => string | undefined>> = {
  familyName: (i) => i.subject.familyName,
  givenNames: (i) => i.subject.givenNames,
  personalCode: (i) => i.subject.personalCode,
  birthDate: (i) => i.subject.birthDate,
  group: (i) => (i.groupName === '' ? undefined : i.groupName),
  status: (i) => i.subject.status,
  enrolledOn: (i) => i.subject.enrolledOn,
  leftOn: (i) => i.subject.leftOn,
};

const representativesOf = (item: ExportSubject, ids: ReadonlySet<string>): JsonRepresentative[] =>
  item.representatives.slice(0, 2).map(({ representative: r, relation }, index) => {
    const n = index + 1;
    return {
      givenNames: r.givenNames,
      familyName: r.familyName,
      relation,
      ...(ids.has(`rep${n}Phone`) && r.phone !== undefined ? { phone: r.phone } : {}),
      ...(ids.has(`rep${n}Email`) && r.email !== undefined ? { email: r.email } : {}),
    };
  });

/**
 * JSON text: `{ format, version: 1, exportedOn, columns, subjects: [...] }`. Each subject has
 * the machine fields its columns allow (codes, ISO dates); representatives only with the
 * representatives' columns. `exportedOn` is ISO 'YYYY-MM-DD'.
 */
export const toJsonExport = (
  items: readonly ExportSubject[],
  columns: readonly ExportColumn[],
  exportedOn: string,
): string => {
  const ids = new Set(columns.map((c) => c.id));
  const subjects = items.map((item) => {
    const out: JsonSubject = {};
    for (const [id, read] of Object.entries(SUBJECT_FIELDS)) {
      const value = ids.has(id) ? read(item) : undefined;
      if (value !== undefined) out[id] = value;
    }
    if (ids.has('rep1Name')) out.representatives = representativesOf(item, ids);
    return out;
  });
  return `${JSON.stringify(
    { format: EXPORT_JSON_FORMAT, version: 1, exportedOn, columns: [...ids], subjects },
    null,
    2,
  )}\n`;
};
