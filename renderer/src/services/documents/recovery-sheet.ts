import { renderRecoverySheet } from '@shared/pdf';
import { todayIso } from '@shared/text';
import { loadPdfFonts } from './pdf-fonts';

/** The one-page "Atkopšanas atslēga" sheet for the safe. Rendered in memory, never stored. */
export const recoverySheetPdf = async (
  recoveryCode: string,
  institutionName: string,
): Promise<Uint8Array> =>
  renderRecoverySheet({
    institutionName,
    recoveryCode,
    createdOn: todayIso(new Date()),
    fonts: await loadPdfFonts(),
  });
