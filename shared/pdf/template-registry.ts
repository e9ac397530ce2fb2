/* eslint-disable no-restricted-imports -- resources/forms/ holds pure JSON data, part of
   tsconfig.shared.json; templates are wording, not code of another layer. */
import lvConsentV1 from '../../resources/forms/lv-veidlapa-1.v1.json';
import ltConsentV1 from '../../resources/forms/lt-sutikimas-1.v1.json';
import lvWithdrawalV1 from '../../resources/forms/lv-atsaukums-1.v1.json';
import ltWithdrawalV1 from '../../resources/forms/lt-atsaukimas-1.v1.json';
import lvConsentV2 from '../../resources/forms/lv-veidlapa-1.v2.json';
import ltConsentV2 from '../../resources/forms/lt-sutikimas-1.v2.json';
import lvWithdrawalV2 from '../../resources/forms/lv-atsaukums-1.v2.json';
import ltWithdrawalV2 from '../../resources/forms/lt-atsaukimas-1.v2.json';
import lvClientConsentV1 from '../../resources/forms/lv-klienta-piekrisana-1.v1.json';
import ltClientConsentV1 from '../../resources/forms/lt-kliento-sutikimas-1.v1.json';
import lvClientWithdrawalV1 from '../../resources/forms/lv-klienta-atsaukums-1.v1.json';
import ltClientWithdrawalV1 from '../../resources/forms/lt-kliento-atsaukimas-1.v1.json';
/* eslint-enable no-restricted-imports */
import { AppError } from '../errors/app-error';
import { formTemplateSchema, templateKey, type FormTemplate } from './template';

// Every bundled version is listed here for ever: a form signed years ago names its template
// version, and that version must still render. Add new versions; never edit or remove one.
const BUNDLED_SOURCES: readonly unknown[] = [
  lvConsentV1,
  ltConsentV1,
  lvWithdrawalV1,
  ltWithdrawalV1,
  // v2 (language and legal review of 2026-11): LV "publikācijās"; LT child line, whose photos
  // and name, the Art. 7(3) sentence, and the institution printed as the controller.
  lvConsentV2,
  ltConsentV2,
  lvWithdrawalV2,
  ltWithdrawalV2,
  // A social office's client forms (issue 11 item 5): new wording, marked for the institution's
  // review; a client signs for themselves unless a representative is recorded (selfSigned).
  lvClientConsentV1,
  ltClientConsentV1,
  lvClientWithdrawalV1,
  ltClientWithdrawalV1,
];

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
};

export type TemplateRegistry = {
  /** All versions of all templates, sorted by id then version. */
  readonly all: readonly FormTemplate[];
  /** One exact version; throws not-found when absent. */
  get(id: string, version: number): FormTemplate;
  /** The newest version of a template id; throws not-found when absent. */
  latest(id: string): FormTemplate;
};

/** Validates raw template objects and builds an immutable registry. */
export const createTemplateRegistry = (sources: readonly unknown[]): TemplateRegistry => {
  const byKey = new Map<string, FormTemplate>();
  for (const [index, source] of sources.entries()) {
    const parsed = formTemplateSchema.safeParse(source);
    if (!parsed.success) {
      throw new AppError('validation', 'errors.pdf.templateInvalid', { index });
    }
    const key = templateKey(parsed.data);
    if (byKey.has(key)) {
      throw new AppError('validation', 'errors.pdf.templateDuplicate', { key });
    }
    byKey.set(key, deepFreeze(parsed.data));
  }
  const all = [...byKey.values()].sort((a, b) =>
    a.id === b.id ? a.version - b.version : a.id.localeCompare(b.id),
  );
  const get = (id: string, version: number): FormTemplate => {
    const found = byKey.get(templateKey({ id, version }));
    if (!found) throw new AppError('not-found', 'errors.pdf.templateNotFound', { id, version });
    return found;
  };
  const latest = (id: string): FormTemplate => {
    const versions = all.filter((template) => template.id === id);
    const newest = versions[versions.length - 1];
    if (!newest) throw new AppError('not-found', 'errors.pdf.templateNotFound', { id });
    return newest;
  };
  return Object.freeze({ all: Object.freeze(all), get, latest });
};

let bundled: TemplateRegistry | undefined;

/** The templates shipped in resources/forms/, validated once and frozen. */
export const loadBundledTemplates = (): TemplateRegistry => {
  bundled ??= createTemplateRegistry(BUNDLED_SOURCES);
  return bundled;
};
