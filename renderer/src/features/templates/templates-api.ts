// What the wording and purposes screen needs, bound to the services by app/consents-adapters.ts.
import type { Purpose, PurposeLabels } from '@shared/consent';
import type { FormTemplate } from '@shared/pdf';
import type { TemplateVersionInfo } from '../../services/consents';

export type TemplatesApi = {
  readonly can: { readonly manageTemplates: boolean; readonly managePurposes: boolean };
  readonly versions: () => Promise<TemplateVersionInfo[]>;
  readonly template: (id: string, version: number) => Promise<FormTemplate>;
  /** Opens a blank form in the edited (unsaved) wording through the host. */
  readonly preview: (edited: FormTemplate) => Promise<void>;
  /** Saves the wording as the next version; earlier versions stay as they are. */
  readonly save: (edited: FormTemplate) => Promise<FormTemplate>;
  readonly purposes: () => Promise<Purpose[]>;
  readonly addPurpose: (labels: PurposeLabels) => Promise<Purpose>;
  /** The institution's own language: its purpose name is required, the others fall back to it. */
  readonly purposeLanguage: () => Promise<'lv' | 'lt'>;
  readonly openForms: () => void;
};
