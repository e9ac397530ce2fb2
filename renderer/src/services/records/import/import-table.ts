// The common shape of an imported sheet, whatever file it came from: unique header names and
// rows of trimmed strings keyed by header. Dates from XLSX cells arrive as ISO 'YYYY-MM-DD'.

export type ImportRow = Readonly<Record<string, string>>;

export type ImportTable = {
  /** Header texts, trimmed; a repeated or empty header gets a suffix: 'Tālrunis (2)', 'Kolonna 3'. */
  readonly headers: readonly string[];
  readonly rows: readonly ImportRow[];
};

/** Makes header texts unique and non-empty, so they can be object keys and remembered mappings. */
export const uniqueHeaders = (raw: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() === '' ? `#${i + 1}` : h.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
};

/**
 * Builds a table from a grid whose first row is the header. Rows that are entirely empty are
 * dropped (spreadsheets often end with a few); cells are trimmed.
 */
export const tableFromGrid = (grid: readonly (readonly string[])[]): ImportTable => {
  const [headerRow, ...body] = grid;
  if (headerRow === undefined) return { headers: [], rows: [] };
  const headers = uniqueHeaders(headerRow);
  const rows = body
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])));
  return { headers, rows };
};
