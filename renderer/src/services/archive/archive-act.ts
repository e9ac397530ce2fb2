// The hand-over act PDF of a finished hand-over (shared/pdf/archive-act.ts). Rendered from the
// facts handOver returned (nothing is stored: the code exists only in the act and on screen).
// Head only ('archive.export'); names are printed only when the head chooses to.
import { renderArchiveAct, type PdfFonts } from '@shared/pdf';
import { todayIso } from '@shared/text';
import type { Session } from '../../data/session/session';
import { authorize } from '../authorize';
import type { HandOver } from './hand-over';
import { DEFAULT_ARCHIVE_LEGAL_BASIS } from './archive-texts';

export type ActOptions = {
  /** The legal basis printed; the language's default when absent or blank. */
  readonly legalBasis?: string;
  /** Names to print (the head's choice); absent: "names not printed". */
  readonly personNames?: readonly string[];
};

/**
 * Renders the act. Its number is `ARH-<stamp>` and its file `arhiva-nodosanas-akts-<stamp>.pdf`,
 * stamp = the archive file's `YYYY-MM-DD-HHMM` (the summaries are `ARH-<stamp>-<n>`): one per
 * hand-over, found again from the file and the audit's time, no personal data.
 */
export const handOverAct = async (
  session: Session,
  fonts: () => Promise<PdfFonts>,
  h: HandOver,
  options: ActOptions = {},
): Promise<{ bytes: Uint8Array; fileName: string }> => {
  authorize(session, 'archive.export');
  const date = todayIso(new Date(h.createdAt));
  const stamp = h.fileName.replace(/^arhivs-/, '').replace(/\.[a-z]+$/, '');
  const bytes = await renderArchiveAct({
    institutionName: h.institutionName,
    actNumber: `ARH-${stamp}`,
    date,
    handedOverBy: h.exportedBy,
    personCount: h.personIds.length,
    ...(options.personNames ? { personNames: options.personNames } : {}),
    categories: h.categories,
    fileName: h.fileName,
    fileSha256: h.sha256,
    fileSize: h.size,
    code: h.code,
    legalBasis: options.legalBasis?.trim() || DEFAULT_ARCHIVE_LEGAL_BASIS[h.language],
    counts: h.counts,
    language: h.language,
    fonts: await fonts(),
  });
  return { bytes, fileName: `arhiva-nodosanas-akts-${stamp}.pdf` };
};
