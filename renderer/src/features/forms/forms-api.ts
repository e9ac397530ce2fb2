// What the forms screens need, bound to the services and the session by app/consents-adapters.ts.
import type { ConsentChannel } from '@shared/consent';
import type { PersonTag } from '../../components/PersonName';
import type { FoundForm, TemplateSummary, UnreturnedForm } from '../../services/consents';

export type Choice = { readonly id: string; readonly name: string };

/**
 * A child to choose, with the birth date and group shown beside the name so that two children
 * of the same name are told apart (issue 14, defect 11).
 */
export type ChildChoice = Choice & { readonly groupId: string | null; readonly tag: PersonTag };

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
  readonly children: () => Promise<ChildChoice[]>;
  /** The legal representatives of a child chosen for such a blank form. */
  readonly representativesOf: (subjectId: string) => Promise<Choice[]>;
  /** Opens the child's consent page after recording. */
  readonly openChild: (subjectId: string) => void;
};

export type FormsApi = {
  readonly templates: () => Promise<TemplateSummary[]>;
  readonly groups: () => Promise<Choice[]>;
  readonly children: () => Promise<ChildChoice[]>;
  readonly issue: (
    request: IssueRequest,
    onProgress: (done: number, total: number) => void,
  ) => Promise<IssuedBatch>;
  /**
   * The open (not returned) forms of the newest version of the request's template for the
   * children it targets; [] for a blank form. Asked before preparing (defect 5).
   */
  readonly unreturned: (request: IssueRequest) => Promise<UnreturnedForm[]>;
  /** Every open consent form of a group's children, by name. */
  readonly unreturnedOfGroup: (groupId: string) => Promise<UnreturnedForm[]>;
  /** Prints these issued forms again with their own printed ids (one template version). */
  readonly reprint: (formIds: readonly string[]) => Promise<void>;
  readonly recordForm: RecordFormApi;
  readonly canRecord: boolean;
  /** The head may edit form wording and purposes (#/forms/templates). */
  readonly canManageWording: boolean;
  readonly openTemplates: () => void;
};
