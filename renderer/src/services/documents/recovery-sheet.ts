import { documentLanguage, renderRecoverySheet } from '@shared/pdf';
import { todayIso } from '@shared/text';
import { loadPdfFonts } from './pdf-fonts';

/**
 * The one-page "Atkopšanas atslēga" sheet for the safe, in the institution's language (its
 * country 'LV' or 'LT'). Rendered in memory, never stored.
 */
export const recoverySheetPdf = async (
  recoveryCode: string,
  institution: { readonly name: string; readonly country: string },
): Promise<Uint8Array> =>
  renderRecoverySheet({
    institutionName: institution.name,
    recoveryCode,
    createdOn: todayIso(new Date()),
    fonts: await loadPdfFonts(),
    language: documentLanguage(institution.country),
  });
