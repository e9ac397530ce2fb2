// Stored rows of the consent ledger. Nothing here is ever updated in place: forms, events,
// scans, purposes and template versions are only ever added.
import type { ConsentChannel, ConsentEventKind, PurposeLabels } from '@shared/consent';
import type { IsoDate } from '@shared/text';
import type { SealedFields } from '../db/rows';

/** A printed form (consent or withdrawal). subjectId is null for a blank form without a child. */
export type ConsentFormRow = {
  readonly id: string;
  /** The short id printed on the paper, e.g. F-7KQ2-9MXD. */
  readonly formId: string;
  readonly subjectId: string | null;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly issuedAt: string;
  readonly issuedBy: string;
  /** core (the child's key; org for a blank form without a child): ConsentFormCore */
  readonly sealed: SealedFields;
};
export type ConsentFormCore = { readonly representativeIds: readonly string[] };

export type ConsentEventRow = {
  readonly id: string;
  readonly subjectId: string;
  readonly purposeId: string;
  readonly kind: ConsentEventKind;
  readonly on: IsoDate;
  readonly recordedAt: string;
  readonly recordedBy: string;
  /** The printed id of the form the answer came from. */
  readonly formId?: string;
  readonly evidenceId?: string;
  /** core: ConsentEventCore */
  readonly sealed: SealedFields;
};
export type ConsentEventCore = {
  readonly representativeId: string;
  readonly channel: ConsentChannel;
  /** Free note on who signed (e.g. "signed by the guardian in the office"). */
  readonly signedBy?: string;
  /** A correction's target event id (sealed with the reason: rows stay as they were indexed). */
  readonly supersedes?: string;
  /** Why the superseded event was wrong: free text, may name people, so sealed. */
  readonly correctionReason?: string;
};

/**
 * A scan of a signed paper: the bytes sealed under an item key of its own (category
 * identifiers, key id = the scan's id), so one scan can be erased without the personal code.
 */
export type EvidenceRow = {
  readonly id: string;
  readonly subjectId: string;
  readonly mimeType: EvidenceMimeType;
  readonly size: number;
  readonly addedAt: string;
  readonly addedBy: string;
  /** identifiers: the raw file bytes (sealed as bytes, not JSON). */
  readonly sealed: SealedFields;
};
export const EVIDENCE_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type PurposeRow = {
  readonly id: string;
  readonly createdAt: string;
  readonly createdBy: string;
  /** org: { labels } */
  readonly sealed: SealedFields;
};
export type PurposeCore = { readonly labels: PurposeLabels };

/** A head-edited template version; bundled versions live in resources/forms. */
export type TemplateRow = {
  /** `templateId@version` */
  readonly id: string;
  readonly templateId: string;
  readonly version: number;
  readonly createdAt: string;
  readonly createdBy: string;
  /** org: the full template JSON */
  readonly sealed: SealedFields;
};
