// Helpers for the PDF tests: fonts, a fictional institution, and the real poppler/qpdf tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormInstitution, PdfFonts } from '@shared/pdf/index';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export const loadTestFonts = (): PdfFonts => {
  const font = (file: string) => new Uint8Array(readFileSync(join(root, 'resources/fonts', file)));
  return {
    regular: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    mono: font('DejaVuSansMono.ttf'),
  };
};

export const TEST_INSTITUTION: FormInstitution = {
  name: 'Pirmsskolas izglītības iestāde «Saulīte»',
  registrationNumber: '4000012345',
  address: 'Liepu iela 7, Ķekava, LV-2123',
  phone: '67000000',
  email: 'saulite@example.lv',
  controllerName: 'iestādes vadītāja Dace Liepiņa',
  operatorName: 'lietvede Ilze Kalniņa',
  recipients: 'medicīnas māsa, grāmatvede, izglītības metodiķe, grupu skolotājas.',
};

// A test's PDFs go into tempDir(); its file removes them with `afterAll(removeTempDirs)`.
export { removeTempDirs, tempDir } from '../../support/temp-dirs';

export const writePdf = (dir: string, name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

export const run = (tool: string, args: readonly string[]): string =>
  execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const pdfText = (file: string): string =>
  normalize(run('pdftotext', ['-enc', 'UTF-8', file, '-']));

export type FontRow = { name: string; embedded: boolean; subset: boolean };

/** Parses `pdffonts` output: one row per font object. */
export const pdfFonts = (file: string): FontRow[] =>
  run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type... encoding emb sub uni objectId gen: flags sit 5th..3rd from the end.
      return {
        name: cols[0] ?? '',
        embedded: cols.at(-5) === 'yes',
        subset: cols.at(-4) === 'yes',
      };
    });

export const qpdfCheck = (file: string): string => run('qpdf', ['--check', file]);

export type Gray = { width: number; height: number; pixels: Uint8Array };

/** Renders one page to 8-bit grey with pdftoppm and parses the binary PGM (P5) by hand. */
export const renderGray = (file: string, page: number, dpi: number): Gray => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-gray-'));
  try {
    return readGray(file, page, dpi, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const readGray = (file: string, page: number, dpi: number, dir: string): Gray => {
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    file,
    join(dir, 'p'),
  ]);
  const name = readdirSync(dir).find((entry) => entry.endsWith('.pgm'));
  if (!name) throw new Error('pdftoppm wrote no page');
  const data = readFileSync(join(dir, name));
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header?.[1] || !header[2]) throw new Error('not a PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: new Uint8Array(data.subarray(header[0].length, header[0].length + width * height)),
  };
};

/** Dark pixels (< 128) in a rectangle given in PDF points (origin bottom-left). */
export const inkIn = (
  gray: Gray,
  dpi: number,
  box: { x: number; y: number; width: number; height: number },
  pageHeightPt = 841.89,
): number => {
  const scale = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x * scale));
  const x1 = Math.min(gray.width, Math.ceil((box.x + box.width) * scale));
  const y0 = Math.max(0, Math.floor((pageHeightPt - box.y - box.height) * scale));
  const y1 = Math.min(gray.height, Math.ceil((pageHeightPt - box.y) * scale));
  let ink = 0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) if ((gray.pixels[y * gray.width + x] ?? 255) < 128) ink += 1;
  }
  return ink;
};

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Words with their boxes from `pdftotext -bbox`, per page. */
export const pdfWords = (file: string): { width: number; height: number; words: Word[] }[] => {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [
        ...chunk.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((match) => ({
        text: match[5] ?? '',
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
};

/** A form item whose every word starts with its tag (`Alfa0 Alfa1 …`), so its lines can be found on the page. */
export const taggedItem = (tag: string, words: number) => ({
  id: tag.toLowerCase(),
  shortLabel: tag,
  text: Array.from({ length: words }, (_, i) => `${tag}${String(i)}`).join(' '),
});
