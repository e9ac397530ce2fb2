// Remembers the column mapping per set of headers in localStorage. Header texts such as
// 'Vārds' or 'Mātes tālrunis' are not personal data; cell values never go here.
import type { ImportMapping } from './import-api';

const KEY = 'import.mappings.v1';
const MAX_REMEMBERED = 20;

const signature = (headers: readonly string[]): string => headers.join('\u001f');

type Store = Record<string, ImportMapping>;

const readStore = (): Store => {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Store) : {};
  } catch {
    return {};
  }
};

export const recallMapping = (headers: readonly string[]): ImportMapping | undefined => {
  const found = readStore()[signature(headers)];
  if (found === undefined) return undefined;
  // A remembered column that no longer exists is dropped rather than trusted.
  const columns = Object.fromEntries(Object.entries(found.columns).filter(([, h]) => typeof h === 'string' && headers.includes(h)));
  return { columns, relations: found.relations };
};

export const rememberMapping = (headers: readonly string[], mapping: ImportMapping): void => {
  try {
    const sig = signature(headers);
    const others = Object.entries(readStore()).filter(([key]) => key !== sig);
    const entries = [...others, [sig, mapping] as const].slice(-MAX_REMEMBERED);
    window.localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage unavailable: the guess is offered again next time, nothing else is lost.
  }
};
