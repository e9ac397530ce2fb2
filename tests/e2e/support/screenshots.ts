// Screenshots of the screens a journey passes, for a person to look at: written only when asked
// for (E2E_SCREENSHOTS=<folder>), never to a fixed place such as /tmp, where another run's or
// another user's files would be overwritten and a child's name could linger after the test.
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The folder asked for, or undefined: then no screenshot is taken. */
export const SCREENSHOTS_DIR = process.env.E2E_SCREENSHOTS;

/** A full-page PNG named `name` (e.g. 'consents-child.png') in E2E_SCREENSHOTS, if set. */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  if (SCREENSHOTS_DIR) await page.screenshot({ path: join(SCREENSHOTS_DIR, name), fullPage: true });
};
