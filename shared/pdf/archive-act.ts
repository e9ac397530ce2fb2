// "Arhīva nodošanas akts" (issue 9 item 7): the record of handing a sealed archive file to the
// state archive (seed 000 p. 9): institution, date, who, how many persons, which categories, the
// file's name and SHA-256, the one-time hand-over code and the legal basis. Persons are named
// only when the head chooses to print their names (off by default).
import { drawActCounts, startActPage } from './act-page';
import { savePdf } from './document';
import { MARGIN, MUTED } from './flow';
import { formatDocumentDate } from './form-date';
import { ARCHIVE_ACT_TEXTS, type ArchiveActCategory } from './archive-act-texts';
import type { SheetLanguage } from './sheet-texts';
import type { PdfFonts } from './types';

export type { ArchiveActCategory } from './archive-act-texts';

export type ArchiveActInput = {
  readonly institutionName: string;
  /** The hand-over's id (random, no personal data). */
  readonly actNumber: string;
  /** ISO date `YYYY-MM-DD`. */
  readonly date: string;
  /** The head's name as printed. */
  readonly handedOverBy: string;
  readonly personCount: number;
  /** Printed only when given: the head's choice. */
  readonly personNames?: readonly string[];
  readonly categories: readonly ArchiveActCategory[];
  readonly fileName: string;
  /** Hex, 64 characters. */
  readonly fileSha256: string;
  readonly fileSize: number;
  /** The one-time hand-over code in its printed form (five groups of five). */
  readonly code: string;
  readonly legalBasis: string;
  readonly counts: Readonly<Record<'persons' | 'consentEvents' | 'scans' | 'files', number>>;
  readonly language: SheetLanguage;
  readonly fonts: PdfFonts;
};

/** One A4 page (more with many printed names): the hand-over act. */
export const renderArchiveAct = async (input: ArchiveActInput): Promise<Uint8Array> => {
  const t = ARCHIVE_ACT_TEXTS[input.language];
  const page = await startActPage(input.fonts, {
    title: t.title,
    language: input.language,
    createdOn: input.date,
    institutionName: input.institutionName,
    facts: [
      [t.number, input.actNumber],
      [t.date, formatDocumentDate(input.date, input.language)],
      [t.handedOverBy, input.handedOverBy],
      [t.personCount, String(input.personCount)],
      [t.persons, input.personNames ? input.personNames.join('; ') : t.personsHidden],
      [t.categories, input.categories.map((c) => t.category[c]).join(', ')],
      [t.fileName, input.fileName],
      // In groups of eight, so that it wraps and can be read out and compared.
      [t.fileHash, (input.fileSha256.match(/.{1,8}/g) ?? []).join(' ')],
      [t.fileSize, String(input.fileSize)],
      [t.code, input.code],
      [t.legalBasis, input.legalBasis],
    ],
  });
  const kinds = ['persons', 'consentEvents', 'scans', 'files'] as const;
  drawActCounts(
    page,
    t,
    kinds.map((k) => [t.rows[k], input.counts[k]] as const),
    t.method,
  );
  const { ctx, flow } = page;
  const y = flow.y;
  const small = { font: ctx.regular, size: 8, color: MUTED };
  for (const [x, label] of [
    [MARGIN.left, t.handedOver],
    [MARGIN.left + 260, t.received],
  ] as const) {
    flow.rule(x, 220, 0.6, y);
    flow.line(label, x, small, y - 11);
  }
  return savePdf(ctx);
};
