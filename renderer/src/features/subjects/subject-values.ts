// Converting between a loaded record and the form's string values.
import { formatDate, type DateLocale } from '@shared/text/dates';
import type { SubjectFormInput } from './subject-form-schema';
import type { SubjectDetail } from './subjects-api';

export const dateLocale = (language: string): DateLocale =>
  language.startsWith('lt') ? 'lt' : language.startsWith('en') ? 'en' : 'lv';

const date = (iso: string | undefined, locale: DateLocale): string =>
  iso === undefined ? '' : formatDate(iso, locale);

export const emptySubjectForm = (kind: 'child' | 'client'): SubjectFormInput => ({
  subject: {
    kind,
    givenNames: '',
    familyName: '',
    personalCode: '',
    birthDate: '',
    groupId: '',
    enrolledOn: '',
    leftOn: '',
    notes: '',
    healthNotes: '',
    foreignNational: false,
    foreignNationalNote: '',
  },
  status: 'active',
  restricted: false,
  restrictionReason: '',
  restrictionSince: '',
  representatives: [],
});

export const formFromDetail = (detail: SubjectDetail, locale: DateLocale): SubjectFormInput => {
  const s = detail.subject;
  return {
    subject: {
      kind: s.kind,
      givenNames: s.givenNames,
      familyName: s.familyName,
      personalCode: s.personalCode ?? '',
      birthDate: date(s.birthDate, locale),
      groupId: s.groupId ?? '',
      enrolledOn: date(s.enrolledOn, locale),
      leftOn: date(s.leftOn, locale),
      notes: s.notes ?? '',
      healthNotes: s.healthNotes ?? '',
      foreignNational: s.foreignNational === true,
      foreignNationalNote: s.foreignNationalNote ?? '',
    },
    status: s.status,
    restricted: s.restriction != null,
    restrictionReason: s.restriction?.reason ?? '',
    restrictionSince: date(s.restriction?.since, locale),
    representatives: detail.representatives.map((r) => ({
      linkId: r.linkId,
      representativeId: r.id,
      relation: r.relation,
      custodyNotes: r.custodyNotes ?? '',
      givenNames: r.givenNames,
      familyName: r.familyName,
      personalCode: r.personalCode ?? '',
      phone: r.phone ?? '',
      email: r.email ?? '',
      address: r.address ?? '',
      notes: r.notes ?? '',
    })),
  };
};
