// What the forms screens need, bound to the services and the session by app/consents-adapters.ts.
import type { ConsentChannel } from '@shared/consent';
import type { FoundForm, TemplateSummary } from '../../services/consents';

export type Choice = { readonly id: string; readonly name: string };

export type IssueRequest = {
  readonly target:
    | { readonly kind: 'subjects'; readonly subjectIds: readonly string[] }
    | { readonly kind: 'group'; readonly groupId: string }
    | { readonly kind: 'blank' };
  readonly templateId: string;
  readonly representatives: 'first' | 'all';
  readonly blank: boolean;
};

export type IssuedBatch = {
  readonly formCount: number;
  readonly formIds: readonly string[];
  /** Prints (browser: the PDF opens; Electron: the system print dialog). */
  readonly print: () => Promise<void>;
  readonly save: () => Promise<void>;
};

export type AnswerInput = {
  readonly formId: string;
  readonly subjectId?: string;
  readonly signedOn: string;
  readonly representativeId: string;
  readonly answers: Readonly<Record<string, 'granted' | 'refused'>>;
  readonly channel: ConsentChannel;
  readonly signedBy?: string;
  readonly scan?: { readonly bytes: Uint8Array; readonly mimeType: string };
};

export type RecordFormApi = {
  readonly find: (formId: string) => Promise<FoundForm>;
  readonly record: (input: AnswerInput) => Promise<void>;
  /** Children to choose from when a blank form was printed without one. */
  readonly children: () => Promise<Choice[]>;
  /** The legal representatives of a child chosen for such a blank form. */
  readonly representativesOf: (subjectId: string) => Promise<Choice[]>;
  /** Opens the child's consent page after recording. */
  readonly openChild: (subjectId: string) => void;
};

export type FormsApi = {
  readonly templates: () => Promise<TemplateSummary[]>;
  readonly groups: () => Promise<Choice[]>;
  readonly children: () => Promise<Choice[]>;
  readonly issue: (
    request: IssueRequest,
    onProgress: (done: number, total: number) => void,
  ) => Promise<IssuedBatch>;
  readonly recordForm: RecordFormApi;
  readonly canRecord: boolean;
  /** The head may edit form wording and purposes (#/forms/templates). */
  readonly canManageWording: boolean;
  readonly openTemplates: () => void;
};
