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
