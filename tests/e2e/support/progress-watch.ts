// Records what a progress bar shows (role="progressbar", data-testid "restore-progress" for the
// restore, "backup-progress" for making a backup), from now until read: every aria-valuenow it
// takes, and null while it has no measure (indeterminate). A restore of a
// small register ends in well under a second, too fast to poll; a MutationObserver in the page
// sees every value React commits.
import { expect, type Locator, type Page, type Route } from '@playwright/test';

type Watched = Record<string, (number | null)[] | undefined>;

/** The bar's data-testid: the restore's, or making a backup's. */
export type ProgressBarId = 'restore-progress' | 'backup-progress';

/**
 * Starts recording the bars with data-testid `testId`; the returned function reads the values
 * seen so far, in order (a value the same as the last one seen counts once).
 */
export const watchProgressBars = async (
  page: Page,
  testId: ProgressBarId = 'restore-progress',
): Promise<() => Promise<(number | null)[]>> => {
  const key = `__progressSeen_${testId}`;
  await page.evaluate(
    ({ testId: id, key: name }) => {
      const seen: (number | null)[] = [];
      (window as unknown as Watched)[name] = seen;
      const record = (): void => {
        for (const bar of document.querySelectorAll(`[role="progressbar"][data-testid="${id}"]`)) {
          const now = bar.getAttribute('aria-valuenow');
          const value = now === null ? null : Number(now);
          if (seen.length === 0 || seen[seen.length - 1] !== value) seen.push(value);
        }
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-valuenow'],
      });
    },
    { testId, key },
  );
  return () => page.evaluate((name) => (window as unknown as Watched)[name] ?? [], key);
};

/** The script of the app's backup worker (data/backup/backup-worker.ts), as built. */
export const BACKUP_WORKER_SCRIPT = /\/backup-worker[^/]*\.js$/u;

/**
 * Slows the page's CPU `rate` times (Chromium's DevTools throttling) while `fn` runs: long
 * enough for a screenshot of a step that otherwise passes in a blink. The throttling applies to
 * pages only ("only supported for pages, not workers"), so meanwhile the backup worker's script
 * is refused and a backup is written in the page's thread (the app's own fallback when its
 * worker cannot load, tests/e2e/backup-worker.spec.ts): slowed like the rest.
 */
export const withSlowCpu = async <T>(
  page: Page,
  rate: number,
  fn: () => Promise<T>,
): Promise<T> => {
  const cdp = await page.context().newCDPSession(page);
  const refuse = (route: Route): Promise<void> => route.abort();
  await page.route(BACKUP_WORKER_SCRIPT, refuse);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    await page.unroute(BACKUP_WORKER_SCRIPT, refuse);
  }
};

/**
 * Waits until the bar's fill is drawn across its whole track (its width eases in after
 * aria-valuenow changes): for a screenshot of a full bar.
 */
export const waitForFullBar = async (bar: Locator): Promise<void> => {
  await expect
    .poll(() =>
      bar.evaluate((track) => {
        const fill = track.firstElementChild;
        return fill ? fill.getBoundingClientRect().width / track.getBoundingClientRect().width : 0;
      }),
    )
    .toBeGreaterThan(0.99);
};

/**
 * Starts counting the progress bars on the page (any role="progressbar") at every change; the
 * returned function reads the most there were at once. One operation shows one bar.
 */
export const watchMostBarsAtOnce = async (page: Page): Promise<() => Promise<number>> => {
  await page.evaluate(() => {
    const w = window as unknown as { __mostBars: number };
    w.__mostBars = 0;
    new MutationObserver(() => {
      const now = document.querySelectorAll('[role="progressbar"]').length;
      w.__mostBars = Math.max(w.__mostBars, now);
    }).observe(document.body, { subtree: true, childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { __mostBars: number }).__mostBars);
};
