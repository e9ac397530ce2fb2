// Stored rows of the request register. Not domain objects: the domain request
// (shared/requests/model.ts) is rebuilt from the plaintext fields and the opened boxes.
import type {
  DataCategory,
  LegalBasis,
  RecipientNotice,
  RequestDocument,
  RequestExtension,
  RequestFollowUp,
  RequestHistoryEntry,
  RequestIdentity,
  RequestOutcome,
  RequestRequester,
  RequestChannel,
  RequestStatus,
  RequestType,
} from '@shared/requests';
import type { IsoDate } from '@shared/text';
import type { SealedFields } from '../db/rows';

export type RequestRow = {
  readonly id: string;
  readonly year: number;
  readonly seq: number;
  readonly type: RequestType;
  readonly status: RequestStatus;
  readonly receivedOn: IsoDate;
  readonly rule: 'one-month' | '30-days';
  readonly extensionMonths: 0 | 1 | 2;
  /** The day it was answered, refused or withdrawn; null while open. */
  readonly closedOn: IsoDate | null;
  /** Due date of the notices to recipients still pending; null when none is. */
  readonly noticesDueOn: IsoDate | null;
  readonly subjectId: string | null;
  readonly representativeId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** core: RequestCore; contacts: RequestContacts; identifiers: RequestIdentifiers */
  readonly sealed: SealedFields;
};

/** Everything personal about a request except contacts and the identity note. */
export type RequestCore = {
  readonly channel: RequestChannel;
  readonly description?: string;
  readonly details?: string;
  readonly requester: RequestRequester;
  readonly identity: Omit<RequestIdentity, 'note'>;
  readonly clarification?: { readonly text: string; readonly on: IsoDate };
  readonly extension?: RequestExtension;
  readonly outcome?: RequestOutcome;
  readonly followUp?: RequestFollowUp;
  readonly notices: readonly RecipientNotice[];
  readonly documents: readonly RequestDocument[];
  readonly history: readonly RequestHistoryEntry[];
  readonly notes?: string;
};
export type RequestContacts = { readonly replyTo: string };
export type RequestIdentifiers = { readonly identityNote: string };

/** A disclosure of a person's data outside the institution (the recipients log). */
export type DisclosureRow = {
  readonly id: string;
  readonly subjectId: string;
  readonly on: IsoDate;
  readonly recordedAt: string;
  readonly recordedBy: string;
  /** core: DisclosureCore */
  readonly sealed: SealedFields;
};
export type DisclosureCore = {
  readonly recipient: string;
  readonly categories: readonly DataCategory[];
  readonly legalBasis: LegalBasis;
  readonly note?: string;
};
