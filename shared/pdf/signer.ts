// Who signs a form, and so which fill-in lines and signature caption it prints: a representative
// for the data subject (Veidlapa Nr. 1: "Es, <parent>, ... mana dēla / meitas <child>"), or a
// social office's client for themselves when no representative is recorded (issue 11 item 5).
import { AppError } from '../errors/app-error';
import type { FormTemplate } from './template';
import type { ConsentFormEntry } from './types';

type FillLine = FormTemplate['representative'];

/** The fill-in lines of a form in print order, each with the name printed on it. */
export type SignerLayout = {
  /** 'subject' when the data subject signs for themselves. */
  readonly signer: 'subject' | 'representative';
  readonly lines: readonly { readonly line: FillLine; readonly value: string | undefined }[];
  readonly signatureCaption: string;
  /** Printed before a withdrawal form's items intro when the subject signs (template lead). */
  readonly lead?: string;
};

/**
 * The layout for an entry. Throws AppError('validation', 'errors.pdf.selfSignedUnsupported')
 * when the entry says the subject signs but the template has no `selfSigned` wording (every
 * kindergarten template: a child never signs).
 */
export const signerLayout = (
  template: FormTemplate,
  entry: Pick<ConsentFormEntry, 'childName' | 'representativeName' | 'subjectSigns'>,
): SignerLayout => {
  if (entry.subjectSigns !== true) {
    return {
      signer: 'representative',
      lines: [
        { line: template.representative, value: entry.representativeName },
        { line: template.child, value: entry.childName },
      ],
      signatureCaption: template.labels.signatureCaption,
    };
  }
  const self = template.selfSigned;
  if (!self)
    throw new AppError('validation', 'errors.pdf.selfSignedUnsupported', { template: template.id });
  return {
    signer: 'subject',
    lines: [{ line: self.subject, value: entry.childName }],
    signatureCaption: self.signatureCaption,
    ...(self.lead ? { lead: self.lead } : {}),
  };
};
