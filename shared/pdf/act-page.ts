// The layout the register's acts share (the deletion certificate, the archive hand-over act):
// the institution's name, a centred title, labelled facts, a kind/count table and a muted note.
import { createPdfContext, type PdfContext } from './document';
import { MUTED, PageFlow } from './flow';
import { drawTable } from './report-table';
import type { SheetLanguage } from './sheet-texts';
import type { PdfFonts } from './types';

export type ActPage = { readonly ctx: PdfContext; readonly flow: PageFlow };

/** A new A4 document with the institution and the title drawn, then the facts. */
export const startActPage = async (
  fonts: PdfFonts,
  head: {
    readonly title: string;
    readonly language: SheetLanguage;
    /** ISO date of the document. */
    readonly createdOn: string;
    readonly institutionName: string;
    readonly facts: readonly (readonly [label: string, value: string])[];
  },
): Promise<ActPage> => {
  const ctx = await createPdfContext(fonts, {
    title: head.title,
    language: head.language,
    createdOn: head.createdOn,
  });
  const flow = new PageFlow(ctx);
  const bold = { font: ctx.bold, size: 10.5 };
  const regular = { font: ctx.regular, size: 10.5 };
  flow.paragraph(head.institutionName, { font: ctx.bold, size: 12 });
  flow.gap(20);
  flow.paragraph(head.title, { font: ctx.bold, size: 22, align: 'center', lineHeight: 28 });
  flow.gap(16);
  for (const [label, value] of head.facts) {
    flow.labelled(label, value, bold, regular);
    flow.gap(4);
  }
  return { ctx, flow };
};

/** The kind/count table and the note under it. */
export const drawActCounts = (
  { ctx, flow }: ActPage,
  titles: { readonly kind: string; readonly count: string },
  rows: readonly (readonly [kind: string, count: number])[],
  note: string,
): void => {
  flow.gap(12);
  drawTable(
    flow,
    [
      { title: titles.kind, share: 4 },
      { title: titles.count, share: 1 },
    ],
    rows.map(([kind, n]) => [kind, String(n)]),
  );
  flow.gap(6);
  flow.paragraph(note, { font: ctx.regular, size: 9.5, lineHeight: 13, color: MUTED });
  flow.gap(48);
};
