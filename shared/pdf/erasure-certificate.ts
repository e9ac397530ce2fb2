// "Dzēšanas akts" (issue 9 part 4): what was erased, how many records, when, who proposed and
// approved, why and on which legal basis. No personal data unless the head chooses to print the
// person's name (off by default): the certificate is kept as accountability evidence (GDPR Art.
// 5(2)) after the person is gone.
import { createPdfContext, savePdf } from './document';
import { MARGIN, MUTED, PageFlow } from './flow';
import { formatDocumentDate } from './form-date';
import { drawTable } from './report-table';
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
  const ctx = await createPdfContext(input.fonts, {
    title: t.title,
    language: input.language,
    createdOn: input.doneOn,
  });
  const flow = new PageFlow(ctx);
  const bold = { font: ctx.bold, size: 10.5 };
  const regular = { font: ctx.regular, size: 10.5 };
  flow.paragraph(input.institutionName, { font: ctx.bold, size: 12 });
  flow.gap(20);
  flow.paragraph(t.title, { font: ctx.bold, size: 22, align: 'center', lineHeight: 28 });
  flow.gap(16);
  const scope =
    input.categories === undefined
      ? t.whole
      : input.categories.map((c) => t.categories[c]).join(', ');
  const facts: [string, string][] = [
    [t.number, input.erasureId],
    [t.person, input.personName ?? t.personHidden],
    [t.scope, scope],
    [t.reason, input.reason],
    [t.legalBasis, input.legalBasis],
    [t.proposed, `${input.proposedBy}, ${date(input.proposedOn)}`],
    [t.approved, `${input.approvedBy}, ${date(input.approvedOn)}`],
    [t.done, date(input.doneOn)],
  ];
  for (const [label, value] of facts) {
    flow.labelled(label, value, bold, regular);
    flow.gap(4);
  }
  flow.gap(12);
  const rows = Object.entries(input.counts).map(([kind, n]) => [t.rows[kind] ?? kind, String(n)]);
  drawTable(
    flow,
    [
      { title: t.kind, share: 4 },
      { title: t.count, share: 1 },
    ],
    rows,
  );
  flow.gap(6);
  flow.paragraph(t.method, { font: ctx.regular, size: 9.5, lineHeight: 13, color: MUTED });
  flow.gap(48);
  flow.rule(MARGIN.left, 240);
  flow.line(t.signature, MARGIN.left, { font: ctx.regular, size: 8, color: MUTED }, flow.y - 3);
  return savePdf(ctx);
};
