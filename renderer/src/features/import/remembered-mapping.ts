// Remembers the column mapping per set of headers in localStorage. What is stored identifies no
// one even when the "headers" are really a first row of data (a file without a header row): the
// key is a hash of the header texts, and columns are kept as positions, never as texts.
import type { ImportMapping } from './import-api';

const KEY = 'import.mappings.v2';
const MAX_REMEMBERED = 20;

type StoredMapping = {
  readonly columns: Readonly<Record<string, number>>;
  readonly relations: ImportMapping['relations'];
};
type Store = Record<string, StoredMapping>;

/** FNV-1a (64-bit, as two 32-bit halves): a stable, non-reversible key for a header row. */
export const headerSignature = (headers: readonly string[]): string => {
  let low = 0x84222325;
  let high = 0xcbf29ce4;
  for (const unit of headers.join('\u001f')) {
    const code = unit.codePointAt(0) ?? 0;
    low ^= code;
    // 64-bit multiply by the FNV prime 0x100000001b3, split over 32-bit halves.
    const lowProduct = low * 0x1b3;
    high = (high * 0x1b3 + low * 0x100 + Math.floor(lowProduct / 0x100000000)) >>> 0;
    low = lowProduct >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
};

const readStore = (): Store => {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Store) : {};
  } catch {
    return {};
  }
};

export const recallMapping = (headers: readonly string[]): ImportMapping | undefined => {
  const found = readStore()[headerSignature(headers)];
  if (found === undefined) return undefined;
  // A remembered position that no longer exists is dropped rather than trusted.
  const columns = Object.fromEntries(
    Object.entries(found.columns).flatMap(([field, index]) => {
      const header = headers[index];
      return typeof header === 'string' ? [[field, header]] : [];
    }),
  );
  return { columns, relations: found.relations };
};

export const rememberMapping = (headers: readonly string[], mapping: ImportMapping): void => {
  try {
    const sig = headerSignature(headers);
    const columns = Object.fromEntries(
      Object.entries(mapping.columns).flatMap(([field, header]) => {
        const index = headers.indexOf(header);
        return index >= 0 ? [[field, index]] : [];
      }),
    );
    const others = Object.entries(readStore()).filter(([key]) => key !== sig);
    const entries = [...others, [sig, { columns, relations: mapping.relations }] as const].slice(
      -MAX_REMEMBERED,
    );
    window.localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage unavailable: the guess is offered again next time, nothing else is lost.
  }
};
