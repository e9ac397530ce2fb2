// DejaVu Sans carries every Latvian and Lithuanian letter and survives subsetting. The files are
// bundled with the app (resources/fonts) and fetched from the app's own origin once per run.
import type { PdfFonts } from '@shared/pdf';
import boldUrl from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import monoUrl from '../../../../resources/fonts/DejaVuSansMono.ttf?url';
import regularUrl from '../../../../resources/fonts/DejaVuSans.ttf?url';

let cached: Promise<PdfFonts> | undefined;

const fetchBytes = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

export const loadPdfFonts = (): Promise<PdfFonts> => {
  cached ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(monoUrl)]).then(
    ([regular, bold, mono]) => ({ regular, bold, mono }),
  );
  return cached;
};
