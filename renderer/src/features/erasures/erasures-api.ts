// What the "Dzēšamie" screens need; bound to the erasure services in app/pages-erasures.tsx.
import type { ErasureProposalInput } from '@shared/retention/erasure';
import type { NotYetDue, RetentionDate } from '@shared/retention';
import type { IsoDate } from '@shared/text';
import type { ErasureBlock, ErasureListItem } from '../../services/retention';
import type { ArchiveApi } from '../archive/archive-api';

export type { ErasureListItem, ErasureBlock };

/** One person of the "Termiņš beidzies" list: whose data has outlived its retention period. */
export type DueErasure = {
  readonly subjectId: string;
  /** The person's name; null when the record cannot be opened (a damaged key). */
  readonly name: string | null;
  /**
   * The birth date when another record in the register has the same name (shown beside it,
   * issue 14 defect 11); absent otherwise or when unknown.
   */
  readonly namesakeBirthDate?: IsoDate | undefined;
  /** The person's (last) group's name; null without a group. */
  readonly groupName: string | null;
  /** The categories due, each with its event and due date (schedule order). */
  readonly categories: readonly RetentionDate[];
  /** Empty when an erasure may go ahead; otherwise what would refuse it. */
  readonly blockedBy: readonly ErasureBlock[];
};

/** The due categories and blockers of one person (the proposal form's prefill). */
export type DueCategories = Pick<DueErasure, 'categories' | 'blockedBy'>;

export type ErasuresApi = {
  /** The head: approve and reject. */
  readonly canDecide: boolean;
  /** The archive hand-over (the head only); null: the section is not shown. */
  readonly archive: ArchiveApi | null;
  readonly list: () => Promise<ErasureListItem[]>;
  /** Everyone due for erasure on `today` (the institution's date), earliest due first. */
  readonly dueList: (today: IsoDate) => Promise<DueErasure[]>;
  /** What of the person is due on `today` and what blocks it; null when nothing is due. */
  readonly dueFor: (subjectId: string, today: IsoDate) => Promise<DueCategories | null>;
  /**
   * The person's categories stored but not yet due on `today` (what a whole-record erasure
   * takes early), each with the day its period ends, null while it has not started.
   */
  readonly notYetDue: (subjectId: string, today: IsoDate) => Promise<readonly NotYetDue[]>;
  /** The person's name for the proposal form; null when the record cannot be opened. */
  readonly personName: (subjectId: string) => Promise<string | null>;
  readonly propose: (subjectId: string, input: ErasureProposalInput) => Promise<void>;
  readonly approve: (id: string, confirmOwnProposal: boolean) => Promise<void>;
  readonly reject: (id: string, rejection: string) => Promise<void>;
  /** Saves the deletion certificate (PDF) through the host; the name only when given. */
  readonly saveCertificate: (id: string, personName?: string) => Promise<void>;
  readonly back: () => void;
  readonly openPerson: (subjectId: string) => void;
  /** Opens the proposal form for the person (pre-filled from the due list when due). */
  readonly openProposal: (subjectId: string) => void;
};
