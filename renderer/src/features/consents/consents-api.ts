// What the consent screens need, bound to the services and the session by app/consents-adapters.ts.
import type { ConsentChannel, ConsentEventKind, Purpose } from '@shared/consent';
import type { GroupMatrix, PhotoCheckAnswer, SubjectConsents } from '../../services/consents';
import type { ChildChoice, Choice, RecordFormApi } from '../forms/forms-api';

export type WithdrawRequest = {
  readonly subjectId: string;
  readonly purposeId: string;
  readonly representativeId: string;
  /** ISO date the institution received the withdrawal; use stops from that day. */
  readonly receivedOn: string;
  readonly channel: ConsentChannel;
};

export type CustomAnswerRequest = {
  readonly subjectId: string;
  readonly purposeId: string;
  readonly representativeId: string;
  readonly kind: 'granted' | 'refused';
  readonly on: string;
  readonly channel: ConsentChannel;
  readonly signedBy?: string;
};

/** A correction of a mistaken entry: the answer it should have been, or 'voided', and why. */
export type CorrectionRequest = {
  readonly subjectId: string;
  readonly eventId: string;
  readonly kind: ConsentEventKind;
  readonly reason: string;
};

export type ConsentsApi = {
  readonly can: {
    readonly record: boolean;
    readonly withdraw: boolean;
    /** Head and secretary: correct a mistaken entry (issue 14, defect 2). */
    readonly correct: boolean;
    readonly groupSheet: boolean;
    readonly viewEvidence: boolean;
    readonly issue: boolean;
  };
  readonly groups: () => Promise<Choice[]>;
  readonly children: () => Promise<ChildChoice[]>;
  readonly purposes: () => Promise<Purpose[]>;
  readonly groupMatrix: (groupId: string, onDate: string) => Promise<GroupMatrix>;
  readonly printGroupSheet: (groupId: string, onDate: string) => Promise<void>;
  readonly photoCheck: (
    subjectIds: readonly string[],
    purposeIds: readonly string[],
    onDate: string,
  ) => Promise<PhotoCheckAnswer>;
  readonly subject: (subjectId: string, onDate: string) => Promise<SubjectConsents>;
  readonly withdraw: (request: WithdrawRequest) => Promise<void>;
  readonly correct: (request: CorrectionRequest) => Promise<void>;
  /** An answer for one of the institution's own purposes (not printed on the form). */
  readonly recordCustomAnswer: (request: CustomAnswerRequest) => Promise<void>;
  readonly printWithdrawal: (request: {
    subjectId: string;
    representativeId: string;
    purposeIds: readonly string[];
  }) => Promise<void>;
  readonly openScan: (evidenceId: string) => Promise<void>;
  readonly reprint: (formId: string) => Promise<void>;
  readonly recordForm: RecordFormApi;
  readonly openChild: (subjectId: string) => void;
  readonly openList: () => void;
  /** The children's or clients' list (a social office's overview of consents: no groups). */
  readonly openSubjects: () => void;
};
