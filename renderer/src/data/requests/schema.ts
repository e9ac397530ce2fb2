// The request register's tables (issue 8). Plaintext is what identifies no one: ids, the register
// number (year + sequence), type, status, dates, the answer rule and extension months (so the
// reminders count overdue requests without decrypting anything). Who, what and why are sealed.
import type { SchemaVersion } from '../db/schema';

export const REQUEST_TABLES = {
  requests: 'dsRequests',
  disclosures: 'disclosures',
} as const;

/** Above the consent tables (20); the per-person key scheme (issue 9) came after, as 50. */
export const REQUESTS_SCHEMA_VERSION = 40;

export const REQUESTS_SCHEMA: SchemaVersion = {
  version: REQUESTS_SCHEMA_VERSION,
  stores: {
    // '&[year+seq]': the database refuses a second request with the same register number.
    dsRequests: 'id, &[year+seq], status, receivedOn, subjectId, representativeId',
    disclosures: 'id, subjectId, on',
  },
  plaintext: {
    dsRequests: [
      'id',
      'year',
      'seq',
      'type',
      'status',
      'receivedOn',
      'rule',
      'extensionMonths',
      'closedOn',
      'noticesDueOn',
      'subjectId',
      'representativeId',
      'createdAt',
      'updatedAt',
    ],
    disclosures: ['id', 'subjectId', 'on', 'recordedAt', 'recordedBy'],
  },
};
