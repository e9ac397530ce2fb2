// Positive controls for the at-rest probe, in a test-only profile of the same Chromium the
// journeys use: markers deliberately written in plaintext on the hard paths must be found, or
// every "nothing readable at rest" result of the journeys would prove nothing.
// - a compressed LevelDB table: enough rows that LevelDB writes a Snappy-compressed `.ldb`, in
//   which the raw bytes do NOT contain the marker (so only the decoder can find it);
// - an IndexedDB key and index key (Chromium stores them as UTF-16BE);
// - a large value Blink compresses itself before it reaches LevelDB.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { byteForms, expectNothingReadable, scanProfile } from './support/at-rest';
import { expect, test } from './support/fixtures';

const TABLE_HALVES = ['Tabulas Kontrole ', 'Bērziņa Ūna'] as const;
const TABLE_MARKER = TABLE_HALVES.join('');
const KEY_MARKER = 'Atslēgas-Kontrole-Ķirsone';
const VALUE_HALVES = ['Vērtības Kontrole ', 'Šņore Ābele'] as const;
const VALUE_MARKER = VALUE_HALVES.join('');

/** Writes rows shaped like the app's (a name among filler) until LevelDB must write a table. */
const writeControls = async (page: Page): Promise<void> => {
  await page.evaluate(
    async ({ halves, key, valueHalves }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('probe-controls', 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('rows').createIndex('byName', 'name');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('open failed'));
        };
      });
      const write = (fill: (store: IDBObjectStore) => void) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction('rows', 'readwrite');
          fill(tx.objectStore('rows'));
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(new Error('write failed'));
          };
        });
      const filler = 'lorem ipsum dolor sit amet '.repeat(40);
      // The halves appear apart before the whole marker, so Snappy stores the marker as two
      // back-references and its bytes never occur in the file as they are.
      const split = ([first, second]: readonly [string, string]) =>
        `${first}/${second} ${filler}${first}${second}`;
      const table = split(halves);
      for (let batch = 0; batch < 40; batch++) {
        await write((store) => {
          for (let i = 0; i < 200; i++)
            store.put({ name: `row ${batch}`, text: `${table} ${filler}${batch}:${i}` }, [
              batch,
              i,
            ]);
        });
      }
      await write((store) => {
        store.put({ name: key }, key);
        // Well above Blink's compression threshold (values of tens of KiB are stored compressed).
        store.put({ name: 'large', text: split(valueHalves).repeat(100) }, 'large');
      });
      db.close();
    },
    { halves: TABLE_HALVES, key: KEY_MARKER, valueHalves: VALUE_HALVES },
  );
};

const tableFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ldb'))
    .map((entry) => join(entry.parentPath, entry.name));
};

test('the probe finds markers in compressed tables, IndexedDB keys and Blink-compressed values', async ({
  app,
}) => {
  await app.page.goto('./');
  await writeControls(app.page);
  await app.close();

  const { hits, coverage } = await scanProfile(app.profileDir, [
    TABLE_MARKER,
    KEY_MARKER,
    VALUE_MARKER,
  ]);
  expect(coverage.snappyBlocks).toBeGreaterThan(0);

  // Compressed table: found in a decompressed block, though no raw .ldb byte sequence holds it.
  const tables = await tableFiles(app.profileDir);
  expect(tables.length).toBeGreaterThan(0);
  const rawTables = await Promise.all(tables.map((file) => readFile(file)));
  const rawForms = byteForms(TABLE_MARKER).filter((form) =>
    rawTables.some((bytes) => bytes.includes(form.bytes)),
  );
  expect(rawForms.map((form) => form.name)).toEqual([]);
  expect(
    hits.some(
      (hit) =>
        hit.needle === TABLE_MARKER && hit.where === 'table-block' && hit.compression === 'snappy',
    ),
  ).toBe(true);

  // Key and index key: stored as UTF-16BE.
  expect(hits.filter((hit) => hit.needle === KEY_MARKER).map((hit) => hit.encoding)).toContain(
    'utf16be',
  );

  // A large value: Blink compressed it, so only the unpacked value holds the marker.
  expect(coverage.blinkCompressedValues).toBeGreaterThan(0);
  const valueHits = hits.filter((hit) => hit.needle === VALUE_MARKER);
  expect(valueHits.length).toBeGreaterThan(0);
  expect(valueHits.every((hit) => hit.where === 'idb-value')).toBe(true);
});

test('the journey helper fails when a folded form of a typed value is on disk', async ({ app }) => {
  await app.page.goto('./');
  // What a careless search index would keep: the name lower-cased without diacritics.
  await app.page.evaluate(() => {
    window.localStorage.setItem('index', 'uzulina');
  });
  const failure = await expectNothingReadable(app, ['Ūzuliņa'], { minFiles: 1 }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(String(failure)).toContain('folded-lower');
});
