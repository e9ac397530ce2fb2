// The columns a list export may carry, each tagged with the key category its data belongs to.
// Which of them a role gets is decided here, from the permission matrix: a column the role
// may not see is never built, so it cannot leak into a file by a UI mistake.
import { can } from '@shared/access/permissions';
import type { Role } from '@shared/access/roles';
import type { Relation, Representative, Subject } from '@shared/domain/types';
import { formatPersonalCode, type PersonalCodeCountry } from '@shared/personal-code/parse';

/** One subject with what an export row needs around it (the service assembles this). */
export type ExportSubject = {
  readonly subject: Subject;
  /** Name of the subject's group; empty when none. Group names identify no one. */
  readonly groupName: string;
  readonly representatives: readonly {
    readonly representative: Representative;
    readonly relation: Relation;
  }[];
};

/** 'core': names, groups, dates. There is deliberately no 'health' category: never in a list. */
export type ExportCategory = 'core' | 'representatives' | 'identifiers' | 'contacts';

export type ExportValueContext = {
  readonly country: PersonalCodeCountry;
  readonly formatDate: (iso: string) => string;
  /**
   * A coded value in the user's language: `label('subjects.status.active')` -> 'Aktīvs'. Files
   * people open (CSV, XLSX) carry labels only; machine codes go to the JSON export. The context
   * 'client' picks a social office's word where it differs (a client's 'left' is "Pakalpojums
   * izbeigts", not a child's "Atskaitīts"), as the records screens do.
   */
  readonly label: (i18nKey: string, context?: string) => string;
};

export type ExportColumn = {
  readonly id: string;
  readonly category: ExportCategory;
  /** 'records.export.columns.<id>'; the caller translates it for the header row. */
  readonly i18nKey: string;
  readonly value: (item: ExportSubject, context: ExportValueContext) => string;
};

const column = (
  id: string,
  category: ExportCategory,
  value: ExportColumn['value'],
): ExportColumn => ({
  id,
  category,
  i18nKey: `records.export.columns.${id}`,
  value,
});

const date = (iso: string | undefined, c: ExportValueContext): string =>
  iso === undefined ? '' : c.formatDate(iso);

const repColumns = (n: 1 | 2): ExportColumn[] => {
  const rep = (item: ExportSubject) => item.representatives[n - 1];
  return [
    column(`rep${n}Name`, 'representatives', (i) => {
      const r = rep(i)?.representative;
      return r === undefined ? '' : `${r.givenNames} ${r.familyName}`;
    }),
    column(`rep${n}Relation`, 'representatives', (i, c) => {
      const relation = rep(i)?.relation;
      return relation === undefined ? '' : c.label(`subjects.relation.${relation}`);
    }),
    column(`rep${n}Phone`, 'contacts', (i) => rep(i)?.representative.phone ?? ''),
    column(`rep${n}Email`, 'contacts', (i) => rep(i)?.representative.email ?? ''),
  ];
};

/** Every exportable column, in file order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('familyName', 'core', (i) => i.subject.familyName),
  column('givenNames', 'core', (i) => i.subject.givenNames),
  column('personalCode', 'identifiers', (i, c) =>
    i.subject.personalCode === undefined
      ? ''
      : formatPersonalCode(i.subject.personalCode, c.country),
  ),
  column('birthDate', 'core', (i, c) => date(i.subject.birthDate, c)),
  column('group', 'core', (i) => i.groupName),
  column('status', 'core', (i, c) =>
    c.label(
      `subjects.status.${i.subject.status}`,
      i.subject.kind === 'client' ? 'client' : undefined,
    ),
  ),
  column('enrolledOn', 'core', (i, c) => date(i.subject.enrolledOn, c)),
  column('leftOn', 'core', (i, c) => date(i.subject.leftOn, c)),
  ...repColumns(1),
  ...repColumns(2),
];

const mayExport = (role: Role, category: ExportCategory): boolean => {
  switch (category) {
    case 'core':
      return can(role, 'subject.view');
    case 'representatives':
      return can(role, 'representative.view');
    case 'identifiers':
      return can(role, 'subject.viewIdentifiers');
    case 'contacts':
      return can(role, 'representative.viewContacts');
  }
};

/** The columns `role` may export; none at all without 'records.export'. */
export const exportColumnsFor = (role: Role): ExportColumn[] =>
  can(role, 'records.export') ? EXPORT_COLUMNS.filter((c) => mayExport(role, c.category)) : [];
