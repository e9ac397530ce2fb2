// A dry run of the import anyone can script: reads a CSV or XLSX file with exactly the app's
// import code (renderer/src/services/records/import), with no register and nothing written,
// and prints the preview as JSON. Output format: docs/records.md, "check-import".
//   npm run check-import -- FILE [--country LV|LT] [--sheet NAME] [--header-row N]
//                               [--date-order DMY|MDY|YMD] [--today YYYY-MM-DD]
// Exit: 0 every row importable, 1 some rows refused or the date order must be chosen,
// 2 the file is not a table (JSON { error }), 64 wrong arguments.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../shared/errors/app-error';
import { todayIso } from '../shared/text/dates';
import {
  DATE_ORDERS,
  buildImportPreview,
  guessColumnMapping,
  importTableOf,
  readImportSource,
  type ImportMapping,
  type ImportPreviewRow,
} from '../renderer/src/services/records/import';

const usage = (message: string): never => {
  process.stderr.write(
    `${message}\nUsage: npm run check-import -- FILE [--country LV|LT] [--sheet NAME] [--header-row N] [--date-order DMY|MDY|YMD]\n`,
  );
  process.exit(64);
};

const parse = () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      country: { type: 'string', default: 'LV' },
      sheet: { type: 'string' },
      'header-row': { type: 'string' },
      'date-order': { type: 'string' },
      today: { type: 'string' },
    },
  });
  const file = positionals[0] ?? usage('No file given.');
  const country =
    values.country === 'LT'
      ? 'LT'
      : values.country === 'LV'
        ? 'LV'
        : usage('--country is LV or LT.');
  const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow > 0))
    usage('--header-row is a row number.');
  const order = values['date-order'];
  const dateOrder =
    order === undefined
      ? undefined
      : (DATE_ORDERS.find((o) => o === order) ?? usage('--date-order is DMY, MDY or YMD.'));
  return {
    file,
    country,
    sheet: values.sheet,
    headerRow,
    dateOrder,
    today: values.today ?? todayIso(new Date()),
  } as const;
};

const columnOf = (mapping: ImportMapping, field: string | undefined): string | null =>
  field === undefined
    ? null
    : ((mapping.columns as Record<string, string | undefined>)[field] ?? null);

const rowJson = (row: ImportPreviewRow, mapping: ImportMapping) => ({
  row: row.rowNumber,
  status: row.status,
  problems: row.problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    field: p.field ?? null,
    column: columnOf(mapping, p.field),
    ...(p.reason === undefined ? {} : { reason: p.reason }),
    ...(p.otherRow === undefined ? {} : { otherRow: p.otherRow }),
    ...(p.cellError === undefined ? {} : { cellError: p.cellError }),
  })),
  values: {
    givenNames: row.parsed.givenNames,
    familyName: row.parsed.familyName,
    personalCode: row.parsed.personalCode ?? null,
    birthDate: row.parsed.birthDate ?? null,
    enrolledOn: row.parsed.enrolledOn ?? null,
    leftOn: row.parsed.leftOn ?? null,
    group: row.groupName === '' ? null : row.groupName,
    representatives: row.representatives,
  },
});

const main = async (): Promise<number> => {
  const args = parse();
  const bytes = readFileSync(args.file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  try {
    const source = await readImportSource(
      buffer,
      args.sheet === undefined ? {} : { sheet: args.sheet },
    );
    const table = importTableOf(source, args.headerRow);
    const mapping = guessColumnMapping(table.headers);
    const preview = await buildImportPreview(table, mapping, {
      country: args.country,
      today: args.today,
      ...(args.dateOrder === undefined ? {} : { dateOrder: args.dateOrder }),
    });
    const out = {
      file: basename(args.file),
      format: source.format,
      sheet: source.sheet ?? null,
      sheets: source.sheets,
      dateSystem: source.dateSystem ?? null,
      delimiter: source.delimiter ?? null,
      encoding: source.encoding ?? null,
      sepHint: source.sepHint ?? false,
      headerRow: table.headerRow,
      headerRows: table.headerRows,
      headers: table.headers,
      mapping: mapping.columns,
      relations: mapping.relations,
      dates: {
        needsChoice: preview.dates.needsChoice,
        columns: preview.dates.columns,
        examples: preview.dates.examples,
      },
      counts: preview.counts,
      rows: preview.rows.map((r) => rowJson(r, mapping)),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return preview.counts.error > 0 || preview.dates.needsChoice ? 1 : 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stdout.write(
      `${JSON.stringify({ file: basename(args.file), error: error.i18nKey }, null, 2)}\n`,
    );
    return 2;
  }
};

process.exitCode = await main();
