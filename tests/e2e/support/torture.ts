// The torture harness (issue 10 item 4): a Chromium on a persistent profile that can be killed
// the hard way (SIGKILL to the browser process and whatever is left of its children, as a power
// cut or a crash would), then started again on the same profile. Also the raw looks into the
// profile's IndexedDB that need no key: row counts and plaintext index fields.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures';

export type Killable = {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  /** SIGKILL to every process of this browser; resolves when none is left. */
  kill(): Promise<void>;
  /** A normal close (flushes the profile). */
  close(): Promise<void>;
};

/** Processes whose command line names this profile folder (the browser and its children). */
const processesOf = async (profileDir: string): Promise<number[]> => {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`--user-data-dir=${profileDir}`)) pids.push(Number(entry));
  }
  return pids;
};

/** The browser process itself: the one without `--type=` (renderers, GPU, zygote have one). */
const browserPid = async (profileDir: string): Promise<number> => {
  for (const pid of await processesOf(profileDir)) {
    const cmdline = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8').catch(() => '');
    const exe = await readlink(`/proc/${String(pid)}/exe`).catch(() => '');
    if (!cmdline.split('\0').some((a) => a.startsWith('--type=')) && exe.includes('chrom'))
      return pid;
  }
  throw new Error('the browser process was not found');
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const killAll = async (profileDir: string, first: number): Promise<void> => {
  try {
    process.kill(first, 'SIGKILL');
  } catch {
    // already gone
  }
  for (let i = 0; i < 100; i++) {
    const left = await processesOf(profileDir);
    if (left.length === 0) return;
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    await sleep(50);
  }
  throw new Error('the browser would not die');
};

/** Launches Chromium on `profileDir` (downloads land in `downloadsDir`). */
export const launchKillable = async (
  profileDir: string,
  baseURL: string,
  downloadsDir: string,
): Promise<Killable> => {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    locale: 'lv-LV',
    timezoneId: 'Europe/Riga',
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const pid = await browserPid(profileDir);
  return {
    page,
    context,
    consoleErrors,
    kill: () => killAll(profileDir, pid),
    close: () => context.close(),
  };
};

/** `cp -a`: a fresh copy of the prepared register for one run. */
export const copyProfile = (from: string, to: string): void => {
  execFileSync('cp', ['-a', `${from}/.`, to]);
};

/** Counts and plaintext fields read straight from the active register database (no keys). */
export type RawState = {
  readonly database: string;
  /** Whether the database holds a register (its vault row), not just an empty database. */
  readonly hasVault: boolean;
  readonly counts: Record<string, number>;
  /** Audit actions with how often each occurs. */
  readonly auditActions: Record<string, number>;
  /** Consent events per form id. */
  readonly eventsPerForm: Record<string, number>;
  readonly lastVerifiedAt: string | null;
  /** Names of every IndexedDB database of the origin. */
  readonly databases: string[];
  /** The audit chain's structure as stored (no key needed): links and the head pointer. */
  readonly chain: {
    readonly count: number;
    readonly headSeq: number | null;
    /** Entries whose seq is not the next number or whose prevHash is not the entry before's. */
    readonly broken: string[];
    readonly tail: string[];
  };
};

/** Reads the register in use of the page's origin as stored; null when there is none. */
export const rawState = (page: Page): Promise<RawState | null> =>
  page.evaluate(async () => {
    const active =
      localStorage.getItem('piekrisanas-registrs.activeDatabase') ?? 'piekrisanas-registrs';
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
    if (!databases.includes(active)) return null;
    const done = <T>(request: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error('IndexedDB request failed'));
        };
      });
    const db = await done(indexedDB.open(active));
    const all = async <T>(store: string): Promise<T[]> =>
      (await done(db.transaction(store).objectStore(store).getAll())) as T[];
    const counts: Record<string, number> = {};
    for (const store of Array.from(db.objectStoreNames))
      counts[store] = await done(db.transaction(store).objectStore(store).count());
    const tally = (values: string[]): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const v of values) out[v] = (out[v] ?? 0) + 1;
      return out;
    };
    const audit = await all<{ seq: number; action: string; prevHash: string; hash: string }>(
      'audit',
    );
    const head = (await done(db.transaction('meta').objectStore('meta').get('auditHead'))) as
      { lastSeq: number; lastHash: string } | undefined;
    const broken: string[] = [];
    audit.forEach((row, i) => {
      const before = audit[i - 1];
      if (row.seq !== i + 1) broken.push(`${String(row.seq)}: seq at ${String(i + 1)}`);
      if (before && row.prevHash !== before.hash) broken.push(`${String(row.seq)}: prevHash`);
    });
    const short = (h: string | undefined): string => (h ?? '').slice(0, 8);
    const chain = {
      count: audit.length,
      headSeq: head?.lastSeq ?? null,
      broken,
      tail: [
        ...audit
          .slice(-12)
          .map((r) => `${String(r.seq)} ${r.action} ${short(r.prevHash)}>${short(r.hash)}`),
        `head ${String(head?.lastSeq)} ${short(head?.lastHash)}`,
      ],
    };
    const events = await all<{ formId?: string }>('consentEvents');
    const hasVault =
      (await done(db.transaction('meta').objectStore('meta').getKey('vault'))) !== undefined;
    const settings = await all<{ id: string; value: unknown }>('settings');
    const last = settings.find((s) => s.id === 'backup.lastVerifiedAt')?.value;
    db.close();
    return {
      database: active,
      hasVault,
      counts,
      auditActions: tally(audit.map((a) => a.action)),
      eventsPerForm: tally(events.flatMap((e) => (e.formId ? [e.formId] : []))),
      lastVerifiedAt: typeof last === 'string' ? last : null,
      databases,
      chain,
    };
  });

/** A small seeded random number generator (mulberry32): a run can be repeated from its seed. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
