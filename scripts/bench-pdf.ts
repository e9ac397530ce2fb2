// PDF benchmark: our pdf-lib renderer vs Chromium printing the same forms as HTML (page.pdf()).
// Run: npx tsx scripts/bench-pdf.ts  ->  prints a markdown table and writes docs/benchmarks-pdf.md
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadBundledTemplates,
  qrMatrix,
  renderConsentForms,
  type ConsentFormEntry,
  type ConsentTemplate,
} from '../shared/pdf/index';
import { BENCH_CHROMIUM_ARGS } from './bench-support';
import { SAMPLE_INSTITUTION, loadFonts, sampleEntries } from './samples';

const root = fileURLToPath(new URL('..', import.meta.url));
const BATCH = 300;
const RUNS = 3;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const qrSvg = (text: string): string => {
  const matrix = qrMatrix(text);
  let rects = '';
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (matrix.isDark(row, col)) rects += `<rect x="${col}" y="${row}" width="1" height="1"/>`;
    }
  }
  return `<svg viewBox="0 0 ${matrix.size} ${matrix.size}" width="62" height="62" shape-rendering="crispEdges">${rects}</svg>`;
};

/** The same form as HTML + CSS, as a web app would print it. */
const formHtml = (template: ConsentTemplate, entry: ConsentFormEntry): string => {
  const i = SAMPLE_INSTITUTION;
  const items = template.items
    .map(
      (item) =>
        `<div class="item"><div class="boxes"><div>☐ ${template.choices.yes}</div><div>☐ ${template.choices.no}</div></div><div>${escape(item.text)}</div></div>`,
    )
    .join('');
  return `<section class="form">
  <header><div><b class="inst">${escape(i.name)}</b><br><small>Reģ. Nr. ${i.registrationNumber ?? ''}<br>${escape(i.address ?? '')}<br>tālr. ${i.phone ?? ''}, e-pasts ${i.email ?? ''}</small></div>
  <div class="qr"><small>${template.formLabel}</small><br>${qrSvg(entry.formId)}<br><b>${entry.formId}</b></div></header>
  <h1>${template.title.join(' ')}</h1><h2>${template.subtitle ?? ''}</h2><p class="c">${template.purpose}</p>
  <p class="fill">${template.representative.prefix} <u>${escape(entry.representativeName ?? '')}</u></p><p class="cap">${template.representative.caption}</p>
  <p class="fill">${template.child.prefix} <u>${escape(entry.childName ?? '')}</u></p><p class="cap">${template.child.caption}</p>
  ${items}<p>${template.statement}</p>
  <p><b>${template.labels.operator}</b> ${escape(i.operatorName)}<br><b>${template.labels.controller}</b> ${escape(i.controllerName)}<br><b>${template.labels.recipients}</b><br>${escape(i.recipients)}</p>
  <div class="sig">${template.labels.signatureCaption}</div></section>`;
};

const documentHtml = (
  template: ConsentTemplate,
  entries: readonly ConsentFormEntry[],
  fontBase64: string,
  boldBase64: string,
) => `<!doctype html><html lang="lv"><head><meta charset="utf-8"><style>
@font-face { font-family: 'DejaVu Sans'; src: url(data:font/ttf;base64,${fontBase64}); }
@font-face { font-family: 'DejaVu Sans'; font-weight: bold; src: url(data:font/ttf;base64,${boldBase64}); }
@page { size: A4; margin: 17mm 20mm 20mm 20mm; }
body { font-family: 'DejaVu Sans'; font-size: 10.5pt; margin: 0; }
.form { page-break-after: always; } header { display: flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 6pt; }
.qr { text-align: center; font-size: 8pt; } h1 { font-size: 16pt; text-align: center; margin: 14pt 0 0; } h2 { font-size: 12pt; text-align: center; margin: 2pt 0; }
.c { text-align: center; } .fill u { display: inline-block; min-width: 60%; } .cap { font-size: 7.5pt; text-align: center; color: #444; margin: 0; }
.item { display: flex; gap: 12pt; margin: 10pt 0; } .boxes { min-width: 90pt; } .sig { margin-top: 40pt; border-top: 1px solid #000; width: 300pt; font-size: 8pt; text-align: center; }
</style></head><body>${entries.map((entry) => formHtml(template, entry)).join('')}</body></html>`;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const time = async (run: () => Promise<Uint8Array | Buffer>) => {
  const times: number[] = [];
  let size = 0;
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    size = (await run()).length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), size };
};

const main = async () => {
  const template = loadBundledTemplates().latest('lv-veidlapa-1') as ConsentTemplate;
  const fonts = loadFonts();
  const entries = sampleEntries(BATCH);
  const one = entries.slice(0, 1);
  const ours = (list: readonly ConsentFormEntry[]) => () =>
    renderConsentForms({
      template,
      institution: SAMPLE_INSTITUTION,
      entries: list,
      fonts,
      generatedOn: '2025-09-01',
    });
  await ours(one)(); // warm-up: module JIT, font parsing paths
  const ourOne = await time(ours(one));
  const ourBatch = await time(ours(entries));

  const launchStart = performance.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: BENCH_CHROMIUM_ARGS,
  });
  const launchMs = performance.now() - launchStart;
  const page = await browser.newPage();
  const regular64 = Buffer.from(fonts.regular).toString('base64');
  const bold64 = Buffer.from(fonts.bold ?? fonts.regular).toString('base64');
  const chrome = (list: readonly ConsentFormEntry[]) => async () => {
    await page.setContent(documentHtml(template, list, regular64, bold64), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page.pdf({ format: 'A4', printBackground: false });
  };
  await chrome(one)();
  const chromeOne = await time(chrome(one));
  const chromeBatch = await time(chrome(entries));
  await browser.close();

  const row = (label: string, a: { ms: number; size: number }, b: { ms: number; size: number }) =>
    `| ${label} | ${a.ms.toFixed(0)} ms | ${(a.size / 1024).toFixed(0)} KiB | ${b.ms.toFixed(0)} ms | ${(b.size / 1024).toFixed(0)} KiB | ${(b.ms / a.ms).toFixed(1)}x | ${(b.size / a.size).toFixed(1)}x |`;
  const table = [
    '# PDF benchmark: pdf-lib renderer vs Chromium page.pdf()',
    '',
    `Veidlapa Nr. 1, prefilled names, QR code per form. Median of ${RUNS} runs after a warm-up; Chromium's launch (${launchMs.toFixed(0)} ms) is not counted.`,
    `Machine: ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(
        ' / ',
      )} at the end of the run; Node ${process.version}. Produced by \`npx tsx scripts/bench-pdf.ts\`.`,
    '',
    '| forms | ours: time | ours: size | Chromium: time | Chromium: size | time ratio | size ratio |',
    '|---|---|---|---|---|---|---|',
    row('1', ourOne, chromeOne),
    row(String(BATCH), ourBatch, chromeBatch),
    '',
    `Per form in the ${BATCH}-form batch: ours ${(ourBatch.ms / BATCH).toFixed(1)} ms and ${(ourBatch.size / BATCH / 1024).toFixed(1)} KiB; Chromium ${(chromeBatch.ms / BATCH).toFixed(1)} ms and ${(chromeBatch.size / BATCH / 1024).toFixed(1)} KiB.`,
    '',
  ].join('\n');
  console.log(table);
  writeFileSync(join(root, 'docs/benchmarks-pdf.md'), table);
};

await main();
