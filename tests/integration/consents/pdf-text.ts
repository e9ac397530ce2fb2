// The text of a PDF as pdftotext (poppler) reads it, whitespace collapsed to single spaces. The
// PDF is written to a tempDir(): a test file that calls these has `afterAll(removeTempDirs)`.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dirs';

export const textOf = (pdf: Uint8Array): string => {
  const file = join(tempDir('tpl-'), 'f.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
};

/** The text of each page of a PDF, whitespace collapsed (pdftotext, one call per page). */
export const pageTexts = (pdf: Uint8Array): string[] => {
  const file = join(tempDir('batch-'), 'b.pdf');
  writeFileSync(file, pdf);
  const count = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
  );
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' '),
  );
};
