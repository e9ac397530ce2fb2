// The consent ledger's tables. Only ids, kinds, dates and template references are plaintext
// (they identify no one); who signed, how, and every scan live in sealed boxes.
import type { SchemaVersion } from '../db/schema';

export const CONSENT_TABLES = {
  forms: 'consentForms',
  events: 'consentEvents',
  evidence: 'consentEvidence',
  purposes: 'consentPurposes',
  templates: 'formTemplates',
} as const;

/**
 * Dexie allows gaps between version numbers; the consent tables take 20 so that the records
 * tables (added in parallel) can take the numbers below it without a clash.
 */
export const CONSENTS_SCHEMA_VERSION = 20;

export const CONSENTS_SCHEMA: SchemaVersion = {
  version: CONSENTS_SCHEMA_VERSION,
  stores: {
    consentForms: 'id, &formId, subjectId, templateId, issuedAt',
    consentEvents: 'id, subjectId, formId, purposeId, on',
    consentEvidence: 'id, subjectId',
    consentPurposes: 'id',
    formTemplates: 'id, templateId',
  },
  plaintext: {
    consentForms: [
      'id',
      'formId',
      'subjectId',
      'templateId',
      'templateVersion',
      'issuedAt',
      'issuedBy',
    ],
    consentEvents: [
      'id',
      'subjectId',
      'purposeId',
      'kind',
      'on',
      'recordedAt',
      'recordedBy',
      'formId',
      'evidenceId',
    ],
    consentEvidence: ['id', 'subjectId', 'mimeType', 'size', 'addedAt', 'addedBy'],
    consentPurposes: ['id', 'createdAt', 'createdBy'],
    formTemplates: ['id', 'templateId', 'version', 'createdAt', 'createdBy'],
  },
};
