// Public types of the records services. The subject screens' api types (features/subjects) are
// structurally the same, so the app's binding passes these through unchanged.
import type {
  Relation,
  Representative,
  Restriction,
  Subject,
  SubjectDraft,
  SubjectStatus,
} from '@shared/domain/types';

/** A representative as linked to one subject. */
export type LinkedRepresentative = Representative & {
  readonly linkId: string;
  readonly relation: Relation;
  readonly custodyNotes?: string | undefined;
};

export type SubjectDetail = {
  /** Fields the session may not read are absent (no personalCode without identifiers, etc.). */
  readonly subject: Subject;
  readonly representatives: readonly LinkedRepresentative[];
};

/** One representative row of the subject form, as saved. */
export type RepresentativeSave = {
  /** Present when the link already existed. */
  readonly linkId?: string | undefined;
  /** Present when linking (or keeping) an existing representative. */
  readonly representativeId?: string | undefined;
  readonly draft: Omit<Representative, 'id'>;
  readonly relation: Relation;
  readonly custodyNotes?: string | undefined;
};

export type SubjectSave = {
  /** Absent for a new record. */
  readonly id?: string | undefined;
  readonly draft: SubjectDraft;
  readonly status: SubjectStatus;
  /** undefined: leave the restriction as it is (needs 'subject.restrict' to change). */
  readonly restriction?: Restriction | null | undefined;
  /** The complete list after the save: links not listed are removed. */
  readonly representatives: readonly RepresentativeSave[];
};

export type ImportResult = {
  readonly imported: number;
  readonly failed: number;
  readonly representatives: number;
};

export type ImportOptions = {
  /** Called as rows are encrypted, then once more at the commit; (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting before the commit stores nothing; AppError('validation', 'records.import.cancelled'). */
  readonly signal?: AbortSignal;
};
