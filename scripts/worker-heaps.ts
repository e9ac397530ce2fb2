// The JS heap of a page's workers, for the benchmarks (performance.memory, which the pages
// read, counts the page's own heap only; a dedicated worker has its own V8 heap). Over CDP:
// the page's session auto-attaches to each worker (non-flat sessions, so Playwright's own
// attachment is untouched) and asks it Runtime.getHeapUsage every `everyMs`.
import type { CDPSession } from '@playwright/test';

type HeapUsage = { usedSize: number; backingStorageSize: number };

export type WorkerHeaps = {
  /**
   * The highest heap seen in each worker, in MiB, in the order the workers started: V8's used
   * heap plus the ArrayBuffer backing stores (what performance.memory counts for a page).
   */
  readonly peaksMb: number[];
  readonly stop: () => void;
};

/** Starts sampling every worker `page` starts from now on (until `stop`). */
export const sampleWorkerHeaps = async (cdp: CDPSession, everyMs = 10): Promise<WorkerHeaps> => {
  const peaksMb: number[] = [];
  const sessions = new Map<string, number>();
  const pending = new Map<number, (usage: HeapUsage | undefined) => void>();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: HeapUsage };
    if (reply.id === undefined) return;
    pending.get(reply.id)?.(reply.result);
    pending.delete(reply.id);
  });
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type !== 'worker') return;
    sessions.set(sessionId, peaksMb.length);
    peaksMb.push(0);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId) sessions.delete(sessionId);
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  const usage = (sessionId: string): Promise<HeapUsage | undefined> =>
    new Promise((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      // A worker that ended never answers.
      setTimeout(() => {
        pending.delete(id);
        resolve(undefined);
      }, 1000);
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        resolve(undefined);
      });
    });
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void Promise.all(
      [...sessions].map(async ([sessionId, index]) => {
        const used = await usage(sessionId);
        if (used)
          peaksMb[index] = Math.max(
            peaksMb[index] ?? 0,
            (used.usedSize + used.backingStorageSize) / 1048576,
          );
      }),
    ).finally(() => {
      busy = false;
    });
  }, everyMs);
  return {
    peaksMb,
    stop: () => {
      clearInterval(timer);
    },
  };
};
