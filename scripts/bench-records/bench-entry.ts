// Runs inside Chromium (bundled by scripts/bench-records.ts). benchSeed fills a fresh vault with
// N demo children in one page; benchList then opens it in a FRESH page, as a user does after
// starting the app: unlock, the list's first screen, the rest loading in the background (long
// tasks observed meanwhile), search keystrokes on the loaded list, and the heap after load.
import { createVaultDb } from '@renderer/data/db/vault-db';
import { VAULT_SCHEMA } from '@renderer/data/db/schema';
import { RECORDS_SCHEMA, RECORDS_SCHEMA_VERSION } from '@renderer/data/records/schema';
import { DEFAULT_KDF } from '@renderer/data/crypto/kdf';
import { createServices } from '@renderer/services';
import { createRecordsService } from '@renderer/services/records';
import { generateDemoRegister } from '@renderer/services/records/demo';
import { createSubjectIndex } from '@renderer/services/records/search';
import {
  openSubjectListing,
  type SubjectListing,
} from '@renderer/services/records/subject-listing';

type Memory = { usedJSHeapSize: number };
const heapMb = (): number =>
  ((performance as unknown as { memory?: Memory }).memory?.usedJSHeapSize ?? 0) / 1048576;
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? 0;
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
};
const HEAD = { username: 'bench', displayName: 'Bench Head', password: 'zalas-liepas-lapas-9' };
const QUERIES = ['berzina', 'uzulina anna', 'kalnins ja', 'ozolina', '3200'];

const open = (dbName: string) => {
  const versions = VAULT_SCHEMA.some((v) => v.version === RECORDS_SCHEMA_VERSION)
    ? VAULT_SCHEMA
    : [...VAULT_SCHEMA, RECORDS_SCHEMA].sort((a, b) => a.version - b.version);
  const services = createServices({ db: createVaultDb(dbName, versions), kdf: DEFAULT_KDF });
  return { services, records: createRecordsService(services.context) };
};

const seed = async (children: number, dbName: string) => {
  const { services, records } = open(dbName);
  await services.vault.createVault({
    institution: { kind: 'kindergarten', country: 'LV', details: { name: 'Bench' } },
    head: HEAD,
  });
  const first = await services.vault.unlock(HEAD.username, HEAD.password);
  const [register, generateMs] = await time(() => generateDemoRegister({ children, seed: 11 }));
  const [, insertMs] = await time(() => records.seedDemo(first, register));
  await services.vault.lock(first);
  return {
    representatives: register.representatives.length,
    links: register.links.length,
    generateMs,
    insertMs,
  };
};

/** Long tasks (over 50 ms, the browser's threshold) between start() and stop(). */
const watchLongTasks = () => {
  const tasks: number[] = [];
  let on = false;
  const observer = new PerformanceObserver((list) => {
    if (on)
      list.getEntries().forEach((e) => {
        tasks.push(e.duration);
      });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    start: () => {
      on = true;
    },
    stop: () => {
      on = false;
      observer.disconnect();
      return tasks;
    },
  };
};

/**
 * Each keystroke in a task of its own, as when a person types; each task is marked for the
 * trace (`mark`), whose CPU time per task the driver reads.
 */
const keystrokes = async (listing: SubjectListing, mark = ''): Promise<number[]> => {
  const times: number[] = [];
  const filter = { group: 'all', status: 'all' } as const;
  for (const word of QUERIES) {
    for (let n = 1; n <= word.length; n += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (mark !== '') console.timeStamp(mark);
      const t0 = performance.now();
      // What the screen does per keystroke: the search, then the ids of the visible window.
      listing.search(word.slice(0, n), filter).slice(0, 30);
      times.push(performance.now() - t0);
    }
  }
  return times;
};

const list = async (children: number, dbName: string) => {
  const { services, records } = open(dbName);
  const longTasks = watchLongTasks();
  const [session, unlockMs] = await time(() => services.vault.unlock(HEAD.username, HEAD.password));
  // What the session holds before any list (keybook, scope keys): after a full GC.
  (window as unknown as { gc?: () => void }).gc?.();
  const heapAfterUnlockMb = heapMb();
  const t0 = performance.now();
  const listing = await openSubjectListing(
    {
      pages: (onPage) => records.listSubjectPages(session, onPage),
      codePages: (ids, onPage) => records.listPersonalCodePages(session, ids, onPage),
    },
    { viewCodes: true, viewRestricted: true },
  );
  // The first screen: the first page in the index and its first rows as ids.
  listing.search('', { group: 'all', status: 'active' }).slice(0, 30);
  const firstScreenMs = performance.now() - t0;
  longTasks.start();
  // Marks for the trace the driver records: main-thread tasks between them are the loading's.
  console.timeStamp('bench-loading-start');
  let namesMs = 0;
  listing.subscribe(() => {
    if (listing.progress().namesDone && namesMs === 0) namesMs = performance.now() - t0;
  });
  // Keystrokes while the rest loads: typed a few pages in.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const whileLoading = await keystrokes(listing);
  await listing.loaded;
  const allMs = performance.now() - t0;
  console.timeStamp('bench-loading-end');
  const tasks = longTasks.stop();
  const typed = await keystrokes(listing, 'bench-key');
  const heapBeforeGc = heapMb();
  (window as unknown as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    children,
    listed: listing.items.size,
    unlockMs,
    firstScreenMs,
    unlockToListMs: unlockMs + firstScreenMs,
    namesMs,
    allMs,
    longTasks: tasks.length,
    longTasksOver100: tasks.filter((d) => d > 100).length,
    longestTaskMs: Math.max(0, ...tasks),
    loadingKeystrokeP95: pct(whileLoading, 0.95),
    keystrokeP50: pct(typed, 0.5),
    keystrokeP95: pct(typed, 0.95),
    keystrokeMax: pct(typed, 1),
    heapMb: heapMb(),
    heapBeforeGcMb: heapBeforeGc,
    heapAfterUnlockMb,
  };
};

/** The search index alone on demo names (no vault, small heap): separates search cost from heap pressure. */
const searchOnly = (children: number) => {
  const register = generateDemoRegister({ children, seed: 11 });
  const index = createSubjectIndex(
    register.subjects.map((s) => ({
      id: s.id,
      givenNames: s.givenNames,
      familyName: s.familyName,
      groupId: s.groupId ?? null,
      status: s.status,
      restricted: false,
      ...(s.personalCode === undefined ? {} : { personalCode: s.personalCode }),
    })),
  );
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const word of QUERIES) {
      for (let n = 1; n <= word.length; n += 1) {
        const t0 = performance.now();
        index.find(word.slice(0, n), { includeCodes: true }).slice(0, 30);
        times.push(performance.now() - t0);
      }
    }
  }
  return { children, keystrokeP50: pct(times, 0.5), keystrokeP95: pct(times, 0.95) };
};

Object.assign(window, { benchSeed: seed, benchList: list, benchSearchOnly: searchOnly });
document.title = 'bench-ready';
