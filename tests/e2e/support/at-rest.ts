// The at-rest probe: after a journey, with the browser closed, search every file of the profile
// folder for the values a user typed (and any byte string a test names, e.g. a ciphertext that
// must be gone). It searches what Chromium really stores, not only the raw bytes:
// - LevelDB tables (`.ldb`) are decoded block by block (Snappy-compressed blocks decompressed),
//   LevelDB logs (`.log`, `MANIFEST-*`) are reassembled from their 32 KiB-block fragments, and
//   IndexedDB values Blink compressed itself are unpacked (see ./leveldb.ts);
// - each text marker is searched as UTF-8, Latin-1 (where it fits), UTF-16LE (V8's two-byte
//   strings) and UTF-16BE (IndexedDB keys), in its typed, lower-case, upper-case, diacritic-folded
//   and NFD forms.
// Positive controls in tests/e2e/at-rest-probe.spec.ts prove each hard path finds a planted
// marker; `expectNothingReadable` also plants one in the journey's own profile.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { decodeLog, decodeTable, type DecodedPart, type TableStats } from './leveldb';

/** A value to look for: a typed text (searched in all its forms) or exact bytes. */
export type ProbeNeedle = string | { readonly label: string; readonly bytes: Uint8Array };

export type ProbeHit = {
  readonly needle: string;
  /** Which form matched, e.g. `utf16be` or `utf8 folded-lower`. */
  readonly encoding: string;
  /** Path inside the profile folder. */
  readonly file: string;
  /** `raw` file bytes, or the decoded LevelDB part the form was found in. */
  readonly where: 'raw' | DecodedPart['kind'];
  readonly compression: DecodedPart['compression'];
};

/** What the probe read: a probe over an empty or unreadable profile proves nothing. */
export type ProbeCoverage = {
  files: number;
  bytes: number;
  tables: number;
  tableBlocks: number;
  snappyBlocks: number;
  /** Tables without a footer (a compaction cut off when the browser closed), read block by block. */
  tornTables: number;
  logs: number;
  logRecords: number;
  blinkCompressedValues: number;
};

export type ProbeResult = { readonly hits: ProbeHit[]; readonly coverage: ProbeCoverage };

type Form = { readonly name: string; readonly bytes: Buffer };

const stripMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

const textVariants = (text: string): [string, string][] => {
  const variants: [string, string][] = [
    ['typed', text],
    ['lower', text.toLowerCase()],
    ['upper', text.toUpperCase()],
    ['folded', stripMarks(text)],
    ['folded-lower', stripMarks(text).toLowerCase()],
    ['nfd', text.normalize('NFD')],
    ['nfd-lower', text.toLowerCase().normalize('NFD')],
    ['nfc', text.normalize('NFC')],
  ];
  const seen = new Set<string>();
  return variants.filter(([, value]) => !seen.has(value) && Boolean(seen.add(value)));
};

/** Every byte form of a needle the probe searches for. */
export const byteForms = (needle: ProbeNeedle): Form[] => {
  if (typeof needle !== 'string') return [{ name: 'bytes', bytes: Buffer.from(needle.bytes) }];
  return textVariants(needle).flatMap(([variant, value]) => {
    const suffix = variant === 'typed' ? '' : ` ${variant}`;
    const forms: Form[] = [
      { name: `utf8${suffix}`, bytes: Buffer.from(value, 'utf8') },
      { name: `utf16le${suffix}`, bytes: Buffer.from(value, 'utf16le') },
      { name: `utf16be${suffix}`, bytes: Buffer.from(value, 'utf16le').swap16() },
    ];
    // Latin-1 only where every character fits in one byte (V8's one-byte strings).
    if (Buffer.from(value, 'latin1').toString('latin1') === value)
      forms.push({ name: `latin1${suffix}`, bytes: Buffer.from(value, 'latin1') });
    return forms;
  });
};

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
};

const isTable = (file: string): boolean => /\.(ldb|sst)$/.test(file);
const isLog = (file: string): boolean =>
  /\.log$/.test(file) || basename(file).startsWith('MANIFEST-');

const emptyCoverage = (): ProbeCoverage => ({
  files: 0,
  bytes: 0,
  tables: 0,
  tableBlocks: 0,
  snappyBlocks: 0,
  tornTables: 0,
  logs: 0,
  logRecords: 0,
  blinkCompressedValues: 0,
});

/** The decoded parts of one file, grouped so each group is searched once. */
const decodedGroups = (file: string, bytes: Buffer, coverage: ProbeCoverage) => {
  let parts: DecodedPart[] = [];
  if (isTable(file)) {
    const stats: TableStats = { blocks: 0, snappyBlocks: 0, tornTables: 0 };
    parts = decodeTable(bytes, stats);
    coverage.tables += 1;
    coverage.tableBlocks += stats.blocks;
    coverage.snappyBlocks += stats.snappyBlocks;
    coverage.tornTables += stats.tornTables;
  } else if (isLog(file)) {
    parts = decodeLog(bytes);
    coverage.logs += 1;
    coverage.logRecords += parts.filter((part) => part.kind === 'log-record').length;
  }
  coverage.blinkCompressedValues += parts.filter((part) => part.kind === 'idb-value').length;
  const groups = new Map<string, { part: Omit<DecodedPart, 'bytes'>; chunks: Uint8Array[] }>();
  for (const part of parts) {
    const id = `${part.kind}/${part.compression}`;
    const group = groups.get(id) ?? { part, chunks: [] };
    group.chunks.push(part.bytes);
    groups.set(id, group);
  }
  return [...groups.values()].map(({ part, chunks }) => ({
    where: part.kind,
    compression: part.compression,
    haystack: Buffer.concat(chunks),
  }));
};

const needleLabel = (needle: ProbeNeedle): string =>
  typeof needle === 'string' ? needle : needle.label;

/**
 * Searches every file under `profileDir` for every form of every needle: raw bytes of all files,
 * plus decoded LevelDB tables, logs and Blink-compressed values. Throws (LevelDbFormatError) for a
 * LevelDB table it cannot decode, so nothing is skipped silently.
 */
export const scanProfile = async (
  profileDir: string,
  needles: readonly ProbeNeedle[],
): Promise<ProbeResult> => {
  const coverage = emptyCoverage();
  const hits: ProbeHit[] = [];
  const forms = needles.map((needle) => ({ label: needleLabel(needle), forms: byteForms(needle) }));
  for (const file of await filesUnder(profileDir)) {
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    coverage.files += 1;
    coverage.bytes += bytes.length;
    const haystacks = [
      { where: 'raw' as const, compression: 'none' as const, haystack: bytes },
      ...decodedGroups(file, bytes, coverage),
    ];
    for (const { where, compression, haystack } of haystacks) {
      for (const { label, forms: needleForms } of forms) {
        for (const form of needleForms) {
          if (!haystack.includes(form.bytes)) continue;
          const path = file.slice(profileDir.length);
          hits.push({ needle: label, encoding: form.name, file: path, where, compression });
        }
      }
    }
  }
  return { hits, coverage };
};

/** Every place where a form of a needle occurs in the profile. Empty means nothing leaked. */
export const probeProfile = async (
  profileDir: string,
  needles: readonly ProbeNeedle[],
): Promise<ProbeHit[]> => (await scanProfile(profileDir, needles)).hits;

/** How many files the probe read: a probe over an empty folder would prove nothing. */
export const countProfileFiles = async (profileDir: string): Promise<number> =>
  (await filesUnder(profileDir)).length;

const CONTROL_DB = 'at-rest-probe-control';

/**
 * Writes a marker, in plaintext on purpose, as an IndexedDB key (stored UTF-16BE) and value in a
 * database of its own on the app's origin, so the probe of this very profile must find it.
 */
export const plantControlMarker = async (page: Page, marker: string): Promise<void> => {
  await page.evaluate(
    async ({ name, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('control');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('control database did not open'));
        };
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('control', 'readwrite');
        tx.objectStore('control').put({ value }, value);
        tx.oncomplete = () => {
          resolve();
        };
        tx.onerror = () => {
          reject(new Error('control marker not written'));
        };
      });
      db.close();
    },
    { name: CONTROL_DB, value: marker },
  );
};

export type NothingReadableOptions = {
  /** Exact byte strings that must not be on disk either (e.g. a destroyed key's ciphertext). */
  readonly bytes?: readonly { readonly label: string; readonly bytes: Uint8Array }[];
  /** The fewest profile files a real journey leaves (default 10). */
  readonly minFiles?: number;
};

type ProbedApp = { readonly page: Page; readonly profileDir: string; close(): Promise<void> };

/**
 * The end of every journey: plants a control marker in the app's own IndexedDB, closes the
 * browser (flushing every file), then asserts that the control is found as an IndexedDB key
 * (UTF-16BE), that enough was read (files, LevelDB records), and that no form of any needle is on
 * disk. Returns the scan for further checks.
 */
export const expectNothingReadable = async (
  app: ProbedApp,
  needles: readonly string[],
  options: NothingReadableOptions = {},
): Promise<ProbeResult> => {
  const control = `ZZ-PROBE-CONTROL-${Math.random().toString(36).slice(2)}-ŠĶŪ`;
  await plantControlMarker(app.page, control);
  await app.close();
  const result = await scanProfile(app.profileDir, [control, ...needles, ...(options.bytes ?? [])]);
  const controlHits = result.hits.filter((hit) => hit.needle === control);
  expect(controlHits.map((hit) => hit.encoding)).toContain('utf16be');
  expect(result.coverage.files).toBeGreaterThanOrEqual(options.minFiles ?? 10);
  expect(result.coverage.logs + result.coverage.tables).toBeGreaterThan(0);
  expect(result.coverage.logRecords + result.coverage.tableBlocks).toBeGreaterThan(0);
  expect(result.hits.filter((hit) => hit.needle !== control)).toEqual([]);
  return result;
};

/**
 * Every form of every needle found in one file (e.g. a backup file outside the profile). The
 * file is read whole and searched raw: a backup holds only ciphertext, base64 of ciphertext and
 * plaintext framing, so no decoder applies.
 */
export const probeFile = async (
  path: string,
  needles: readonly ProbeNeedle[],
): Promise<string[]> => {
  const bytes = await readFile(path);
  return needles.flatMap((needle) =>
    byteForms(needle)
      .filter((form) => bytes.includes(form.bytes))
      .map((form) => `${needleLabel(needle)} (${form.name})`),
  );
};
