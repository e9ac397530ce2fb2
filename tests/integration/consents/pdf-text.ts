// The text of a PDF as pdftotext (poppler) reads it, whitespace collapsed to single spaces.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const textOf = (pdf: Uint8Array): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'tpl-')), 'f.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
};

/** The text of each page of a PDF, whitespace collapsed (pdftotext, one call per page). */
export const pageTexts = (pdf: Uint8Array): string[] => {
  const file = join(mkdtempSync(join(tmpdir(), 'batch-')), 'b.pdf');
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
