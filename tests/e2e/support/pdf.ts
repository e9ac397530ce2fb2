// Real PDF tools on a PDF the app produced: its text (pdftotext) and its pages as PNG (pdftoppm)
// for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The PDF's text in layout order (pdftotext -layout). */
export const pdfTextOf = async (pdf: Uint8Array): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-pdf-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Renders every page to `<dir>/<name>-<n>.png` at 80 dpi; returns how many pages were drawn. */
export const pdfToPng = async (pdf: Uint8Array, dir: string, name: string): Promise<number> => {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, name)]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
};
