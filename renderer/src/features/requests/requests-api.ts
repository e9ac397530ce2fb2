// What the request screens need from the app; app/requests-adapters.ts binds it to the request
// services and the session. Nothing here knows about storage.
import type { Country } from '@shared/domain/types';
import type { FollowUpKind, LetterKind } from '@shared/requests';
import type { IsoDate } from '@shared/text';
import type {
  AnswerInput,
  ClarificationInput,
  DisclosureInput,
  ExtensionInput,
  NoticeInput,
  RefusalInput,
  RequestDetail,
  RequestInput,
  RequestListItem,
  RequestPersonChoice,
} from '../../services/requests';

export type {
  AnswerInput,
  ClarificationInput,
  DisclosureInput,
  ExtensionInput,
  NoticeInput,
  RefusalInput,
  RequestDetail,
  RequestInput,
  RequestListItem,
  RequestPersonChoice,
};

export type RequestPermissions = {
  readonly manage: boolean;
  readonly decide: boolean;
  readonly accessReport: boolean;
  readonly export: boolean;
  readonly recordDisclosure: boolean;
  readonly editRecord: boolean;
  readonly restrict: boolean;
};

export type RequestNavigation = {
  readonly list: () => void;
  readonly open: (id: string) => void;
  readonly create: () => void;
  readonly edit: (id: string) => void;
  /** The record's normal edit screen, linked to the request (rectification). */
  readonly rectify: (id: string) => void;
  readonly record: (subjectId: string) => void;
};

export type RequestsApi = {
  readonly country: Country;
  readonly today: IsoDate;
  readonly can: RequestPermissions;
  readonly nav: RequestNavigation;
  readonly list: () => Promise<RequestListItem[]>;
  readonly get: (id: string) => Promise<RequestDetail>;
  readonly choices: () => Promise<readonly RequestPersonChoice[]>;
  readonly representativesOf: (
    subjectId: string,
  ) => Promise<readonly { readonly id: string; readonly name: string }[]>;
  readonly register: (input: RequestInput) => Promise<{ id: string; number: string }>;
  readonly update: (id: string, input: RequestInput) => Promise<void>;
  readonly clarify: (id: string, input: ClarificationInput) => Promise<void>;
  readonly start: (id: string) => Promise<void>;
  readonly extend: (id: string, input: ExtensionInput) => Promise<void>;
  readonly answer: (id: string, input: AnswerInput) => Promise<void>;
  readonly refuse: (id: string, input: RefusalInput) => Promise<void>;
  readonly withdraw: (id: string, on: IsoDate) => Promise<void>;
  /** Produces the letter and prints it (or saves it); returns its number. */
  readonly letter: (id: string, kind: LetterKind, mode: 'print' | 'save') => Promise<string>;
  readonly accessReport: (id: string, mode: 'print' | 'save') => Promise<string>;
  /** Saves the Art. 20 export (ZIP) through the host; returns its number, null when cancelled. */
  readonly exportPortability: (id: string) => Promise<string | null>;
  readonly followUp: (
    id: string,
    input: { kind: FollowUpKind; on: IsoDate; restrictionReason?: string },
  ) => Promise<void>;
  readonly setNotice: (id: string, disclosureId: string, input: NoticeInput) => Promise<void>;
  readonly recordDisclosure: (input: DisclosureInput) => Promise<void>;
};
