// Request letters and the access report, checked with the real tools: pdftotext (exact words),
// pdffonts (embedded subsets), qpdf --check, and pdftoppm (every word of the text layer is really
// drawn: each word's box has ink in the rendered page).
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors/app-error';
import {
  renderAccessReport,
  renderRequestLetter,
  type AccessReportInput,
  type RequestLetterInput,
} from '@shared/pdf/index';
import { LETTER_KINDS } from '@shared/requests/types';
import {
  ltLetter,
  lvAccessReport,
  lvLetter,
  LT_INSTITUTION,
} from '../../../scripts/request-samples';
import {
  loadTestFonts,
  normalize,
  pdfFonts,
  pdfText,
  pdfWords,
  qpdfCheck,
  renderGray,
  run,
  tempDir,
  writePdf,
  removeTempDirs,
  type Gray,
} from './pdf-tools';

afterAll(removeTempDirs);

const fonts = loadTestFonts();
const dir = tempDir();
const DPI = 100;

/** Pixels darker than paper in a word's box: small grey footer text is inked, only lighter. */
const inkedPixels = (
  gray: Gray,
  box: { x: number; y: number; width: number; height: number },
  pageHeight: number,
): number => {
  const scale = DPI / 72;
  let count = 0;
  for (
    let y = Math.floor((pageHeight - box.y - box.height) * scale);
    y < Math.ceil((pageHeight - box.y) * scale);
    y += 1
  ) {
    for (let x = Math.floor(box.x * scale); x < Math.ceil((box.x + box.width) * scale); x += 1) {
      if ((gray.pixels[y * gray.width + x] ?? 255) < 200) count += 1;
    }
  }
  return count;
};

/** Table rows read left to right: pdftotext -layout, whitespace collapsed. */
const layoutText = (file: string): string =>
  normalize(run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));

/** Every word pdftotext finds has ink inside its box on the rendered page. */
const expectEveryWordInked = (file: string): void => {
  pdfWords(file).forEach((page, index) => {
    const gray = renderGray(file, index + 1, DPI);
    expect(page.words.length).toBeGreaterThan(5);
    for (const word of page.words) {
      const box = {
        x: word.xMin,
        y: page.height - word.yMax,
        width: word.xMax - word.xMin,
        height: word.yMax - word.yMin,
      };
      expect(
        inkedPixels(gray, box, page.height),
        `ink of "${word.text}" p.${index + 1}`,
      ).toBeGreaterThan(0);
    }
  });
};

const expectSoundPdf = (file: string): void => {
  expect(qpdfCheck(file)).toContain('No syntax or stream encoding errors');
  const fontRows = pdfFonts(file);
  expect(fontRows.length).toBeGreaterThan(0);
  for (const font of fontRows) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.subset, font.name).toBe(true);
    expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
  }
};

const render = async (name: string, input: RequestLetterInput): Promise<string> =>
  writePdf(dir, name, await renderRequestLetter(input));

describe('renderRequestLetter (Latvian)', () => {
  it.each(LETTER_KINDS)('%s: letterhead, number, date, facts, body, signature', async (kind) => {
    const file = await render(`lv-${kind}.pdf`, lvLetter(kind, fonts));
    const text = pdfText(file);
    const number = `2026/7-${LETTER_KINDS.indexOf(kind) + 1}`;
    expect(text).toContain('Pirmsskolas izglītības iestāde «Saulīte»');
    expect(text).toContain('Reģ. Nr. 40000012345, Liepu iela 7, Ķekava, LV-2123');
    expect(text).toContain(`16.03.2026. Nr. ${number}`);
    expect(text).toContain('Ieva Zariņa Bērzu iela 12-5, Ķekava, LV-2123');
    expect(text).toContain('Pieprasījuma Nr.: 2026/7 Saņemts: 15.03.2026.');
    expect(text).toContain('Datu subjekts: Elīza Zariņa');
    expect(text).toContain('Ar cieņu iestādes vadītāja Dace Liepiņa');
    expect(text).toContain('Sagatavoja: lietvede Ilze Kalniņa');
    expect(text).toContain(
      `Vēstule Nr. ${number} · 16.03.2026 · Satur personas datus 1. lapa no 1`,
    );
    expectSoundPdf(file);
    expectEveryWordInked(file);
  });

  it('acknowledgement names the due date once, with one ordinal dot', async () => {
    const text = pdfText(await render('lv-ack.pdf', lvLetter('acknowledgement', fonts)));
    expect(text).toContain('ne vēlāk kā līdz 15.04.2026. (VDAR 12. panta 3. punkts)');
    expect(text).not.toContain('..');
  });

  it('extension notice says by how much, until when, and why', async () => {
    const text = pdfText(await render('lv-ext.pdf', lvLetter('extension', fonts)));
    expect(text).toContain('pagarināts par diviem mēnešiem – līdz 15.06.2026.');
    expect(text).toContain('Termiņa pagarināšanas iemesli: pieprasījums aptver vairāku gadu');
  });

  it('refusal gives each reason with its article and the right to complain to Datu valsts inspekcija', async () => {
    const text = pdfText(await render('lv-ref.pdf', lvLetter('refusal', fonts)));
    expect(text).toContain('esam nolēmuši to daļēji neapmierināt šādu iemeslu dēļ:');
    expect(text).toContain(
      '1. informācijas izsniegšana nelabvēlīgi ietekmētu citu personu tiesības un brīvības (VDAR 15. panta 4. punkts);',
    );
    expect(text).toContain('(VDAR 17. panta 3. punkts);');
    expect(text).toContain('Grupas fotogrāfijās redzami arī citi bērni');
    expect(text).toContain('Datu valsts inspekcijā (www.dvi.gov.lv)');
    expect(text).toContain('VDAR 12. panta 4. punktu');
  });

  it('answer lists its attachments and the right to complain', async () => {
    const text = pdfText(await render('lv-ans.pdf', lvLetter('answer', fonts)));
    expect(text).toContain('Atbildot uz to, informējam: pielikumā nosūtām pārskatu');
    expect(text).toContain('Pielikumā: 1. Informācija par personas datu apstrādi Nr. 2026/7-P');
    expect(text).toContain('Datu valsts inspekcijā');
  });

  it('a long answer flows onto a second page, numbered "n. lapa no 2", nothing outside the margins', async () => {
    const answer = Array.from(
      { length: 40 },
      (_, i) => `Ieraksts ${i + 1}: bērna dati laboti.`,
    ).join('\n');
    const file = await render('lv-long.pdf', { ...lvLetter('answer', fonts), answer });
    const pages = pdfWords(file);
    expect(pages.length).toBe(2);
    expect(normalize(run('pdftotext', ['-f', '2', '-l', '2', file, '-']))).toContain(
      '2. lapa no 2',
    );
    for (const page of pages) {
      for (const word of page.words) {
        expect(word.xMin).toBeGreaterThanOrEqual(56 - 0.5);
        expect(word.xMax).toBeLessThanOrEqual(page.width - 56 + 0.5);
      }
    }
    expect(pdfText(file)).toContain('Ieraksts 40: bērna dati laboti.');
  });
});

describe('renderRequestLetter (Lithuanian)', () => {
  it.each(LETTER_KINDS)('%s: Lithuanian frame and dates written YYYY-MM-DD', async (kind) => {
    const file = await render(`lt-${kind}.pdf`, ltLetter(kind, fonts));
    const text = pdfText(file);
    expect(text).toContain(LT_INSTITUTION.name);
    expect(text).toContain('Juridinio asmens kodas 190012345');
    expect(text).toContain(`2026-03-16 Nr. 2026/3-${LETTER_KINDS.indexOf(kind) + 1}`);
    expect(text).toContain('Prašymo Nr.: 2026/3 Gautas: 2026-03-15');
    expect(text).toContain('Duomenų subjektas: Ąžuolas Šimkus');
    expect(text).toContain('Pagarbiai direktorė Rūta Žemaitienė');
    expect(text).toContain('Parengė: raštvedė Eglė Šimkienė');
    expect(text).toContain('1 psl. iš 1');
    expectSoundPdf(file);
    expectEveryWordInked(file);
  });

  it('refusal names Valstybinė duomenų apsaugos inspekcija and the court', async () => {
    const text = pdfText(await render('lt-ref.pdf', ltLetter('refusal', fonts)));
    expect(text).toContain('nusprendėme jo visiškai netenkinti dėl šių priežasčių:');
    expect(text).toContain('(BDAR 12 straipsnio 5 dalis)');
    expect(text).toContain('Valstybinei duomenų apsaugos inspekcijai (www.vdai.lrv.lt)');
    expect(text).toContain('kreiptis į teismą');
  });

  it('clarification asks for identity the ways seed 002 point 9 allows', async () => {
    const text = pdfText(await render('lt-cla.pdf', ltLetter('clarification', fonts)));
    expect(text).toContain('Kad galėtume įvykdyti prašymą, prašome: patvirtinti savo tapatybę');
    expect(text).toContain(
      'notariškai patvirtintą asmens tapatybę patvirtinančio dokumento kopiją',
    );
    expect(text).toContain('atstovavimą pagrindžiančio dokumento originalą');
  });

  it('extension: "pratęsiamas vienu mėnesiu – iki 2026-05-14."', async () => {
    const text = pdfText(await render('lt-ext.pdf', ltLetter('extension', fonts)));
    expect(text).toContain('pratęsiamas vienu mėnesiu – iki 2026-05-14.');
  });
});

describe('renderRequestLetter refuses incomplete input', () => {
  const codeOf = async (input: RequestLetterInput): Promise<string> => {
    try {
      await renderRequestLetter(input);
      return 'rendered';
    } catch (error) {
      return isAppError(error) ? `${error.i18nKey}:${String(error.details?.field ?? '')}` : 'other';
    }
  };

  it.each([
    [
      'acknowledgement without a due date',
      { ...lvLetter('acknowledgement', fonts), dueDate: undefined },
      'errors.pdf.letterFieldMissing:dueDate',
    ],
    [
      'clarification without text',
      { ...lvLetter('clarification', fonts), clarification: '  ' },
      'errors.pdf.letterFieldMissing:clarification',
    ],
    [
      'answer without text',
      { ...lvLetter('answer', fonts), answer: undefined },
      'errors.pdf.letterFieldMissing:answer',
    ],
    [
      'refusal without reasons',
      { ...lvLetter('refusal', fonts), refusal: { reasons: [], partial: false } },
      'errors.pdf.letterFieldMissing:refusal.reasons',
    ],
    [
      'extension without reasons',
      {
        ...lvLetter('extension', fonts),
        extension: { months: 1 as const, dueDate: '2026-05-15', reasons: '' },
      },
      'errors.pdf.letterFieldMissing:extension.reasons',
    ],
    [
      'no addressee',
      { ...lvLetter('answer', fonts), addressee: [] },
      'errors.pdf.letterFieldMissing:addressee',
    ],
    [
      'a date that does not exist',
      { ...lvLetter('answer', fonts), date: '2026-02-30' },
      'errors.pdf.dateInvalid:',
    ],
    [
      'a number with a space',
      { ...lvLetter('answer', fonts), letterNumber: '2026 7' },
      'errors.pdf.letterNumberInvalid:',
    ],
  ] as const)('%s', async (_why, input, expected) => {
    expect(await codeOf(input as RequestLetterInput)).toBe(expected);
  });
});

const ltReport = (): AccessReportInput => ({
  ...lvAccessReport(fonts, 6),
  language: 'lt',
  institution: LT_INSTITUTION,
  institutionKind: 'kindergarten',
  person: {
    givenNames: 'Ąžuolas',
    familyName: 'Šimkus',
    birthDate: '2021-05-04',
    status: 'active',
  },
  representatives: [{ givenNames: 'Jurgita', familyName: 'Šimkienė', relation: 'mother' }],
});

describe('renderAccessReport', () => {
  it('holds everything the register keeps on the person, Art. 15 section by section', async () => {
    const file = writePdf(
      dir,
      'report-lv.pdf',
      await renderAccessReport(lvAccessReport(fonts, 12)),
    );
    const text = pdfText(file);
    const rows = layoutText(file);
    for (const row of [
      'F-3QWE-8RTY Piekrišanas atsaukums (lv-atsaukums-1 v1) 10.02.2025',
      '03.10.2024 Ķekavas novada pašvaldība,',
    ]) {
      expect(rows).toContain(row);
    }
    for (const expected of [
      'Informācija par personas datu apstrādi',
      'Vispārīgās datu aizsardzības regulas (VDAR) 15. pants',
      'Datu subjekts: Elīza Zariņa Pieprasījuma Nr.: 2026/7',
      '1. Personas dati Vārds: Elīza Uzvārds: Zariņa Personas kods: 010120-20005 Dzimšanas datums: 01.01.2020',
      'Veselības informācija: Alerģija pret riekstiem',
      'Apstrādes ierobežojums: nav',
      '2. Likumiskie pārstāvji Ieva Zariņa (māte) Personas kods: 150588-10004',
      'Ģirts Zariņš (tēvs)',
      '3. Piekrišanas un to vēsture',
      'Pašlaik: piekrišana atsaukta',
      '4. Izsniegtās veidlapas',
      '5. Pieprasījumi par datu subjekta tiesībām',
      '6. Apstrādes nolūki un tiesiskais pamats',
      'piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts)',
      '7. Personas datu kategorijas',
      'veselības dati (VDAR 9. pants)',
      '8. Glabāšanas laiks',
      '9. Saņēmēji, kuriem dati izpausti',
      'Izglītības pārvalde',
      '10. Datu avots un citas ziņas Dati saņemti no bērna likumiskajiem pārstāvjiem',
      'netiek nodoti uz trešajām valstīm',
      'Automatizēta lēmumu pieņemšana, tostarp profilēšana, netiek veikta.',
      '11. Datu labojumi Dati pēdējo reizi laboti 12.05.2025.',
      '12. Jūsu tiesības Jums ir tiesības: 1. pieprasīt savu personas datu labošanu',
      'Datu valsts inspekcijā (www.dvi.gov.lv)',
    ]) {
      expect(text).toContain(expected);
    }
    expectSoundPdf(file);
    expectEveryWordInked(file);
  });

  it('with 50 consent events every event is listed and every page numbered', async () => {
    const file = writePdf(
      dir,
      'report-50.pdf',
      await renderAccessReport(lvAccessReport(fonts, 50)),
    );
    const text = pdfText(file);
    const rows =
      layoutText(file).match(/\d{2}\.\d{2}\.\d{4} (piekrita|nepiekrita|atsauca) /g) ?? [];
    expect(rows.length).toBe(50);
    const pages = pdfWords(file).length;
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`${pages}. lapa no ${pages}`);
    expectSoundPdf(file);
  });

  it('renders in Lithuanian with Lithuanian headings and the Lithuanian authority', async () => {
    const file = writePdf(dir, 'report-lt.pdf', await renderAccessReport(ltReport()));
    const text = pdfText(file);
    expect(text).toContain('Informacija apie asmens duomenų tvarkymą');
    expect(text).toContain('Duomenų subjektas: Ąžuolas Šimkus');
    expect(text).toContain('Gimimo data: 2021-05-04');
    expect(text).toContain('2. Teisėti atstovai Jurgita Šimkienė (motina)');
    expect(text).toContain('Valstybinei duomenų apsaugos inspekcijai (www.vdai.lrv.lt)');
    expect(text).toContain('1 psl. iš');
    expectSoundPdf(file);
    expectEveryWordInked(file);
  });

  it('says plainly when there is nothing to list, and when the record was never corrected', async () => {
    const bare: AccessReportInput = {
      ...lvAccessReport(fonts, 0),
      representatives: [],
      consents: [],
      forms: [],
      requests: [],
      recipients: [],
      lastCorrectedOn: undefined,
    };
    const text = pdfText(writePdf(dir, 'report-bare.pdf', await renderAccessReport(bare)));
    expect(text).toContain('2. Likumiskie pārstāvji Nav.');
    expect(text).toContain('9. Saņēmēji, kuriem dati izpausti Nav.');
    expect(text).toContain('Kopš ieraksta izveides dati nav laboti.');
  });
});

describe('texts the embedded font cannot print', () => {
  const refusedField = async (render: () => Promise<unknown>): Promise<string> => {
    try {
      await render();
      return 'rendered';
    } catch (error) {
      return isAppError(error) ? `${error.i18nKey}:${String(error.details?.field ?? '')}` : 'other';
    }
  };

  it('stop a letter before it prints an empty box or a reordered script', async () => {
    expect(
      await refusedField(() =>
        renderRequestLetter({ ...lvLetter('answer', fonts), answer: 'مرحبا بالعالم' }),
      ),
    ).toBe('errors.pdf.unprintableLetterText:answer');
    expect(
      await refusedField(() =>
        renderRequestLetter({ ...lvLetter('answer', fonts), addressee: ['王小明'] }),
      ),
    ).toBe('errors.pdf.unprintableLetterText:addressee');
  });

  it('stop the access report at a name it cannot print', async () => {
    const input = lvAccessReport(fonts, 2);
    expect(
      await refusedField(() =>
        renderAccessReport({ ...input, person: { ...input.person, givenNames: 'שלום' } }),
      ),
    ).toBe('errors.pdf.unprintableLetterText:person.givenNames');
  });

  it('give notes in full in the access report, unprintable characters as code points (Art. 15: the original spelling the app keeps there)', async () => {
    const input = lvAccessReport(fonts, 2);
    const [rep] = input.representatives;
    if (rep === undefined) throw new Error('sample has a representative');
    const pdf = await renderAccessReport({
      ...input,
      person: { ...input.person, notes: 'Vārds ebrejiski: שלום' },
      representatives: [{ ...rep, notes: 'Oriģināli: 王芳', custodyNotes: 'Tiesas lēmums 王' }],
    });
    const text = pdfText(writePdf(dir, 'report-code-points.pdf', pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Vārds ebrejiski: [U+05E9 U+05DC U+05D5 U+05DD]');
    expect(text).toContain('Oriģināli: [U+738B U+82B3]');
    expect(text).toContain('Tiesas lēmums [U+738B]');
    expect(text).toContain('norādītas kvadrātiekavās ar to Unikoda kodiem');
  });

  it('say nothing about code points when every note prints as written', async () => {
    const text = pdfText(
      writePdf(dir, 'report-plain.pdf', await renderAccessReport(lvAccessReport(fonts, 2))),
    );
    expect(text).not.toContain('Unikoda');
    expect(text).not.toContain('[U+');
  });
});
