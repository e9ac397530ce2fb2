// What the "Dzēšamie" screens need; bound to the erasure services in app/pages-erasures.tsx.
import type { ErasureProposalInput } from '@shared/retention/erasure';
import type { ErasureListItem } from '../../services/retention';

export type { ErasureListItem };

export type ErasuresApi = {
  /** The head: approve and reject. */
  readonly canDecide: boolean;
  readonly list: () => Promise<ErasureListItem[]>;
  /** The person's name for the proposal form; null when the record cannot be opened. */
  readonly personName: (subjectId: string) => Promise<string | null>;
  readonly propose: (subjectId: string, input: ErasureProposalInput) => Promise<void>;
  readonly approve: (id: string, confirmOwnProposal: boolean) => Promise<void>;
  readonly reject: (id: string, rejection: string) => Promise<void>;
  /** Saves the deletion certificate (PDF) through the host; the name only when given. */
  readonly saveCertificate: (id: string, personName?: string) => Promise<void>;
  readonly back: () => void;
  readonly openPerson: (subjectId: string) => void;
};
