// "Dzēšanas akts" (issue 9 part 4): what was erased, how many records, when, who proposed and
// approved, why and on which legal basis. No personal data unless the head chooses to print the
// person's name (off by default): the certificate is kept as accountability evidence (GDPR Art.
// 5(2)) after the person is gone.
import { drawActCounts, startActPage } from './act-page';
import { savePdf } from './document';
import { MARGIN, MUTED } from './flow';
import { formatDocumentDate } from './form-date';
import { ERASURE_CERTIFICATE_TEXTS } from './erasure-certificate-texts';
import type { SheetLanguage } from './sheet-texts';
import type { PdfFonts } from './types';

export type ErasureCertificateInput = {
  readonly institutionName: string;
  /** The erasure record's id (a random UUID, no personal data). */
  readonly erasureId: string;
  /** Printed only when given: the head's choice. */
  readonly personName?: string;
  /** undefined: the whole person; else the categories erased. */
  readonly categories?: readonly ('health' | 'evidence')[];
  /** Rows erased per kind (table name, or 'health'); kinds with 0 are printed too. */
  readonly counts: Readonly<Record<string, number>>;
  readonly reason: string;
  readonly legalBasis: string;
  /** Staff names as printed, with ISO dates `YYYY-MM-DD`. */
  readonly proposedBy: string;
  readonly proposedOn: string;
  readonly approvedBy: string;
  readonly approvedOn: string;
  readonly doneOn: string;
  readonly language: SheetLanguage;
  readonly fonts: PdfFonts;
};

/** One A4 page (more for a long reason): the deletion certificate. */
export const renderErasureCertificate = async (
  input: ErasureCertificateInput,
): Promise<Uint8Array> => {
  const t = ERASURE_CERTIFICATE_TEXTS[input.language];
  const date = (iso: string) => formatDocumentDate(iso, input.language);
  const scope =
    input.categories === undefined
      ? t.whole
      : input.categories.map((c) => t.categories[c]).join(', ');
  const page = await startActPage(input.fonts, {
    title: t.title,
    language: input.language,
    createdOn: input.doneOn,
    institutionName: input.institutionName,
    facts: [
      [t.number, input.erasureId],
      [t.person, input.personName ?? t.personHidden],
      [t.scope, scope],
      [t.reason, input.reason],
      [t.legalBasis, input.legalBasis],
      [t.proposed, `${input.proposedBy}, ${date(input.proposedOn)}`],
      [t.approved, `${input.approvedBy}, ${date(input.approvedOn)}`],
      [t.done, date(input.doneOn)],
    ],
  });
  const rows = Object.entries(input.counts).map(([kind, n]) => [t.rows[kind] ?? kind, n] as const);
  drawActCounts(page, t, rows, t.method);
  const { ctx, flow } = page;
  flow.rule(MARGIN.left, 240);
  flow.line(t.signature, MARGIN.left, { font: ctx.regular, size: 8, color: MUTED }, flow.y - 3);
  return savePdf(ctx);
};
