// PDF forms: templates (versioned wording) and pure renderers (bytes in, bytes out).
export * from './template';
export {
  createTemplateRegistry,
  loadBundledTemplates,
  type TemplateRegistry,
} from './template-registry';
export type * from './types';
export { formatDocumentDate, formatFormDate } from './form-date';
export {
  GROUP_SHEET_TEXTS,
  RECOVERY_SHEET_TEXTS,
  SHEET_LANGUAGES,
  documentLanguage,
  type SheetLanguage,
} from './sheet-texts';
export {
  FORM_ID_RANDOM_BYTES,
  assertFormIds,
  isFormId,
  makeFormId,
  normalizeFormId,
} from './form-id';
export { qrMatrix, type QrMatrix } from './qr-code';
export { renderConsentForms, type RenderConsentFormsInput } from './consent-form';
export type { BatchCover } from './batch-cover';
export { renderWithdrawalForm, type RenderWithdrawalFormInput } from './withdrawal-form';
export {
  groupRecoveryCode,
  renderRecoverySheet,
  type RenderRecoverySheetInput,
} from './recovery-sheet';
export {
  GROUP_SHEET_STATES,
  renderGroupSheet,
  type GroupSheetPurpose,
  type RenderGroupSheetInput,
} from './group-sheet';
export { renderRequestLetter, type RequestLetterInput } from './request-letter';
export {
  renderAccessReport,
  type AccessReportInput,
  type AccessReportPerson,
} from './access-report';
export { letterWording } from './letter-wordings';
export {
  LETTER_WORDING_VERSION,
  type LetterLanguage,
  type LetterWording,
  type ProcessingDescription,
} from './letter-wording';
export { formatLetterDate } from './letterhead';
export { renderErasureCertificate, type ErasureCertificateInput } from './erasure-certificate';
export { renderArchiveAct, type ArchiveActInput, type ArchiveActCategory } from './archive-act';
