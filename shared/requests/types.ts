// The vocabulary of the data-subject request register (GDPR Art. 12-22; seeds 000, 001, 002).
// Codes are stable identifiers stored in rows and printed through the wording of each language.

/** What the person asks for: GDPR Art. 15-21 and 7(3), plus anything else. */
export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'consent-withdrawal',
  'other',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** How it arrived (seed 000 point 18, seed 001 §8, seed 002 points 5-9). */
export const REQUEST_CHANNELS = [
  'paper',
  'e-mail',
  'e-mail-e-signature',
  'in-person',
  'post',
  'portal',
] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** Who made it: the person themself or someone acting for them. */
export const REQUESTER_KINDS = ['data-subject', 'representative'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/** The authority a representative showed (seed 002 point 10). */
export const REPRESENTATIVE_AUTHORITIES = [
  'parent-of-minor',
  'guardian',
  'power-of-attorney',
] as const;
export type RepresentativeAuthority = (typeof REPRESENTATIVE_AUTHORITIES)[number];

/** How identity was checked (seed 000 point 18, seed 002 point 9, GDPR Art. 12(6)). */
export const IDENTITY_METHODS = [
  'id-document',
  'qualified-e-signature',
  'notarised-copy',
  'known-to-staff',
  'not-checked',
] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

/**
 * registered → identity/clarification requested → in progress → answered / refused / withdrawn.
 * The last three close the request.
 */
export const REQUEST_STATUSES = [
  'registered',
  'clarification-requested',
  'in-progress',
  'answered',
  'refused',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const CLOSED_REQUEST_STATUSES: readonly RequestStatus[] = [
  'answered',
  'refused',
  'withdrawn',
];
export const isOpenRequestStatus = (status: RequestStatus): boolean =>
  !CLOSED_REQUEST_STATUSES.includes(status);

/** Why a request is refused in whole or in part. */
export const REFUSAL_REASONS = [
  'manifestly-unfounded', // Art. 12(5): manifestly unfounded or excessive
  'rights-of-others', // Art. 15(4): would adversely affect the rights and freedoms of others
  'erasure-exemption', // Art. 17(3): legal obligation, public task, archiving, legal claims
  'identity-not-established', // Art. 12(6), 11(2)
  'not-held', // the register holds no such data
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The letters the register writes. */
export const LETTER_KINDS = [
  'acknowledgement',
  'clarification',
  'extension',
  'answer',
  'refusal',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Categories of personal data, as recorded for a disclosure and printed in the access report. */
export const DATA_CATEGORIES = [
  'identity',
  'identifiers',
  'contacts',
  'health',
  'consents',
  'photos',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** GDPR Art. 6(1)(a)-(f), the legal basis of a disclosure or a processing purpose. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

const includes =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isRequestType = includes(REQUEST_TYPES);
export const isRequestStatus = includes(REQUEST_STATUSES);
export const isRefusalReason = includes(REFUSAL_REASONS);
export const isLetterKind = includes(LETTER_KINDS);
