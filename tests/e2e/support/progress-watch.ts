// Records what the restore's progress bar shows (role="progressbar", data-testid
// "restore-progress"), from now until read: every aria-valuenow it takes, and null while it has
// no measure (indeterminate). A restore of a
// small register ends in well under a second, too fast to poll; a MutationObserver in the page
// sees every value React commits.
import type { Page } from '@playwright/test';

type Watched = { __progressSeen?: (number | null)[] };

/** Starts recording; the returned function reads the values seen so far, in order. */
export const watchProgressBars = async (page: Page): Promise<() => Promise<(number | null)[]>> => {
  await page.evaluate(() => {
    const seen: (number | null)[] = [];
    (window as Watched).__progressSeen = seen;
    const record = (): void => {
      for (const bar of document.querySelectorAll(
        '[role="progressbar"][data-testid="restore-progress"]',
      )) {
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
  });
  return () => page.evaluate(() => (window as Watched).__progressSeen ?? []);
};

/**
 * Slows the page's CPU `rate` times (Chromium's DevTools throttling) while `fn` runs: long
 * enough for a screenshot of a step that otherwise passes in a blink.
 */
export const withSlowCpu = async <T>(
  page: Page,
  rate: number,
  fn: () => Promise<T>,
): Promise<T> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await fn();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
};
