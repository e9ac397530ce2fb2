// The retention schedule (glabāšanas termiņi): per institution kind and per category of data,
// how long after which event the data is kept (GDPR Art. 5(1)(e); seed 004 points 4 and 16.3;
// seed 000 points 8-9; seed 003 point 13.3). Pure: no storage, no clock.
import type { InstitutionKind } from '../domain/types';

/** What the schedule covers, one rule each (issue 9 item 3). */
export const RETENTION_CATEGORIES = [
  'record',
  'personalCode',
  'contacts',
  'healthNotes',
  'consents',
  'evidence',
  'requests',
  'audit',
] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/**
 * The event a period counts from. `leavingDate` is the child's leaving date (atskaitīts);
 * `lastService` is the end of a client's last service (the latest end of her services once none
 * lasts, issue 11; without services her `leftOn`); `requestClosed` the day a data-subject request was closed;
 * `consentWithdrawn` the day the person's last given consent was withdrawn; `entryRecorded`
 * the day an audit entry was written (audit entries carry ids only, not a person's data).
 */
export const RETENTION_EVENTS = [
  'leavingDate',
  'lastService',
  'requestClosed',
  'consentWithdrawn',
  'entryRecorded',
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

/** Which events make sense for a category: a request's data counts from its closing, etc. */
export const EVENTS_OF_CATEGORY: Readonly<Record<RetentionCategory, readonly RetentionEvent[]>> = {
  record: ['leavingDate', 'lastService'],
  personalCode: ['leavingDate', 'lastService'],
  contacts: ['leavingDate', 'lastService'],
  healthNotes: ['leavingDate', 'lastService'],
  consents: ['leavingDate', 'lastService', 'consentWithdrawn'],
  evidence: ['leavingDate', 'lastService', 'consentWithdrawn'],
  requests: ['requestClosed'],
  audit: ['entryRecorded'],
};

export const PERIOD_UNITS = ['years', 'months'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A whole number of calendar years or months (never 0: "keep 0" would be erase at once). */
export type RetentionPeriod = { readonly amount: number; readonly unit: PeriodUnit };

/**
 * Why a default is what it is: an id the UI words in lv/lt/en, with its sources in
 * BASIS_SOURCES. A rule the head changed keeps its basis id and says why in `note`.
 */
export const RETENTION_BASES = [
  'purposeReached',
  'healthMinimal',
  'consentProof',
  'socialServiceFile',
  'requestAccountability',
  'auditAccountability',
] as const;
export type RetentionBasis = (typeof RETENTION_BASES)[number];

/** The legal sources each basis cites (seed points and GDPR articles), shown next to a rule. */
export const BASIS_SOURCES: Readonly<Record<RetentionBasis, readonly string[]>> = {
  purposeReached: ['seed 004 p. 4', 'seed 004 p. 16.3', 'GDPR 5(1)(e)'],
  healthMinimal: ['seed 004 p. 4', 'GDPR 5(1)(c)', 'GDPR 9'],
  consentProof: ['GDPR 5(2)', 'GDPR 7(1)', 'seed 000 p. 8.3'],
  socialServiceFile: ['seed 003 p. 13.3', 'seed 000 p. 8.2', 'seed 000 p. 9'],
  requestAccountability: ['GDPR 5(2)', 'GDPR 12', 'seed 000 p. 8.2'],
  auditAccountability: ['GDPR 5(2)', 'GDPR 30', 'seed 000 p. 8.2'],
};

export type RetentionRule = {
  readonly period: RetentionPeriod;
  readonly event: RetentionEvent;
  readonly basis: RetentionBasis;
  /** The head's own note on the legal basis (free text, may be empty). */
  readonly note: string;
};

export type RetentionSchedule = {
  readonly kind: InstitutionKind;
  readonly rules: Readonly<Record<RetentionCategory, RetentionRule>>;
};

const rule = (
  amount: number,
  unit: PeriodUnit,
  event: RetentionEvent,
  basis: RetentionBasis,
): RetentionRule => ({ period: { amount, unit }, event, basis, note: '' });

/**
 * The defaults per institution kind. No seed gives a kindergarten a number: seed 004 point 4
 * forbids keeping a child's data once the purpose is reached unless the head decides it is
 * needed, so the defaults are short and the head reviews them. A social office keeps a client's
 * file 50 years after the last service (seed 003 point 13.3; seed 000 points 8-9).
 */
export const DEFAULT_SCHEDULES: Readonly<Record<InstitutionKind, RetentionSchedule>> = {
  kindergarten: {
    kind: 'kindergarten',
    rules: {
      record: rule(1, 'years', 'leavingDate', 'purposeReached'),
      personalCode: rule(1, 'years', 'leavingDate', 'purposeReached'),
      contacts: rule(6, 'months', 'leavingDate', 'purposeReached'),
      healthNotes: rule(1, 'months', 'leavingDate', 'healthMinimal'),
      consents: rule(3, 'years', 'leavingDate', 'consentProof'),
      evidence: rule(3, 'years', 'leavingDate', 'consentProof'),
      requests: rule(3, 'years', 'requestClosed', 'requestAccountability'),
      audit: rule(5, 'years', 'entryRecorded', 'auditAccountability'),
    },
  },
  socialOffice: {
    kind: 'socialOffice',
    rules: {
      record: rule(50, 'years', 'lastService', 'socialServiceFile'),
      personalCode: rule(50, 'years', 'lastService', 'socialServiceFile'),
      contacts: rule(50, 'years', 'lastService', 'socialServiceFile'),
      healthNotes: rule(50, 'years', 'lastService', 'socialServiceFile'),
      consents: rule(50, 'years', 'lastService', 'socialServiceFile'),
      evidence: rule(50, 'years', 'lastService', 'socialServiceFile'),
      requests: rule(3, 'years', 'requestClosed', 'requestAccountability'),
      audit: rule(5, 'years', 'entryRecorded', 'auditAccountability'),
    },
  },
};

/** The default schedule of an institution kind. */
export const defaultSchedule = (kind: InstitutionKind): RetentionSchedule =>
  DEFAULT_SCHEDULES[kind];
