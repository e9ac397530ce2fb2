// The app's side of the backup worker (data/backup/worker-backup-writer.ts) against a stand-in
// for the browser's Worker: progress passed on, the file and MAC key handed back, an AppError
// from the worker kept as it was, the worker always ended, and a worker that cannot start (its
// script did not load) never costs the backup: it is written in this thread instead. The real
// worker runs in real Chromium (tests/e2e/backup-worker.spec.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors/app-error';
import type { BackupWorkerMessage } from '@renderer/data/backup/backup-worker-protocol';
import type { BackupSource } from '@renderer/data/backup/backup-writer';
import type { BackupHeader } from '@renderer/data/backup/format';

const here = vi.hoisted(() => ({ calls: 0 }));
vi.mock('@renderer/data/backup/blob-backup', () => ({
  writeBackupHere: () => {
    here.calls += 1;
    return Promise.resolve({ blob: new Blob(['here']), header: {}, macKey: new Uint8Array(32) });
  },
}));
const { writeBackupInWorker } = await import('@renderer/data/backup/worker-backup-writer');

/** Scripted like a worker: replies to the job with `script` (messages, or a load error). */
class FakeWorker {
  static script: (worker: FakeWorker) => void = () => undefined;
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: BackupWorkerMessage }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  job: unknown;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(job: unknown): void {
    this.job = job;
    queueMicrotask(() => {
      FakeWorker.script(this);
    });
  }
  send(data: BackupWorkerMessage): void {
    this.onmessage?.({ data });
  }
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const source = {
  db: { name: 'piekrisanas-registrs' },
  keybookFiles: {},
} as unknown as BackupSource;
const header = { format: 1, tables: [] } as unknown as BackupHeader;
const now = new Date('2026-12-02T01:00:00Z');

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.started = [];
  here.calls = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('writeBackupInWorker', () => {
  it('sends names only, passes progress on, hands the file back and ends the worker', async () => {
    const blob = new Blob(['file']);
    const macKey = new Uint8Array(32).fill(7);
    FakeWorker.script = (w) => {
      w.send({ kind: 'rows', written: 10, total: 40 });
      w.send({ kind: 'rows', written: 40, total: 40 });
      w.send({ kind: 'done', blob, header, macKey });
    };
    const rows: [number, number][] = [];
    const made = await writeBackupInWorker(source, {
      appVersion: '1.2.3',
      now,
      onRows: (written, total) => rows.push([written, total]),
    });
    expect(made).toEqual({ blob, header, macKey });
    expect(rows).toEqual([
      [10, 40],
      [40, 40],
    ]);
    const [worker] = FakeWorker.started;
    expect(worker?.job).toEqual({
      dbName: 'piekrisanas-registrs',
      keybookFolder: 'piekrisanas-registrs.keybook',
      appVersion: '1.2.3',
      now: '2026-12-02T01:00:00.000Z',
    });
    expect(worker?.options.type).toBe('module');
    expect(worker?.terminated).toBe(true);
    expect(here.calls).toBe(0);
  });

  it("an AppError thrown in the worker is the caller's, with its code, key and details", async () => {
    FakeWorker.script = (w) => {
      w.send({ kind: 'rows', written: 1, total: 9 });
      w.send({
        kind: 'failed',
        code: 'storage',
        i18nKey: 'errors.backup.changedWhileReading',
        details: { table: 'subjects' },
      });
    };
    const error = await writeBackupInWorker(source, { appVersion: '1', now }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'storage',
      i18nKey: 'errors.backup.changedWhileReading',
      details: { table: 'subjects' },
    });
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    expect(here.calls).toBe(0);
  });

  it('a worker whose script did not load: the backup is written in this thread', async () => {
    FakeWorker.script = (w) => {
      w.fail();
    };
    const made = await writeBackupInWorker(source, { appVersion: '1', now });
    expect(await made.blob.text()).toBe('here');
    expect(here.calls).toBe(1);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it('a worker that fails after it began: errors.internal, not a second backup', async () => {
    FakeWorker.script = (w) => {
      w.send({ kind: 'rows', written: 1, total: 9 });
      w.fail();
    };
    await expect(writeBackupInWorker(source, { appVersion: '1', now })).rejects.toMatchObject({
      code: 'internal',
      i18nKey: 'errors.internal',
    });
    expect(here.calls).toBe(0);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it('stopped (the session ended): the worker is ended at once, the reason is the error', async () => {
    FakeWorker.script = (w) => {
      w.send({ kind: 'rows', written: 1, total: 9 });
    };
    const stop = new AbortController();
    const rows: number[] = [];
    const writing = writeBackupInWorker(source, {
      appVersion: '1',
      now,
      onRows: (written) => rows.push(written),
      signal: stop.signal,
    });
    await vi.waitFor(() => {
      expect(rows).toEqual([1]);
    });
    const locked = new AppError('locked', 'errors.sessionLocked');
    stop.abort(locked);
    await expect(writing).rejects.toBe(locked);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    // Stopped before it starts: no worker at all.
    await expect(
      writeBackupInWorker(source, { appVersion: '1', now, signal: stop.signal }),
    ).rejects.toBe(locked);
    expect(FakeWorker.started).toHaveLength(1);
    expect(here.calls).toBe(0);
  });

  it('where no Worker exists (or it cannot be made): in this thread', async () => {
    vi.stubGlobal('Worker', undefined);
    await writeBackupInWorker(source, { appVersion: '1', now });
    // A Worker the page may not start (e.g. a policy that refuses the script's URL).
    vi.stubGlobal('Worker', () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await writeBackupInWorker(source, { appVersion: '1', now });
    expect(here.calls).toBe(2);
  });
});

describe('the worker protocol', () => {
  it('an AppError crosses whole; any other error crosses as errors.internal, its text left behind', async () => {
    const { errorOf, failureOf } = await import('@renderer/data/backup/backup-worker-protocol');
    const crossed = structuredClone(
      failureOf(new AppError('not-found', 'errors.noVault', { table: 'meta' })),
    );
    expect(crossed.kind === 'failed' && errorOf(crossed)).toMatchObject({
      code: 'not-found',
      i18nKey: 'errors.noVault',
      details: { table: 'meta' },
    });
    // A browser error's message could name a record; it never leaves the worker.
    const other = failureOf(new Error('DataError: key Bērziņš Jānis'));
    expect(other).toEqual({ kind: 'failed', code: 'internal', i18nKey: 'errors.internal' });
    expect(JSON.stringify(other)).not.toContain('Bērziņš');
  });
});
