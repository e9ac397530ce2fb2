import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Waits until no CSS animation or transition is running (a toast fading out, a dialog opening):
 * axe measures colours as they are at that instant, and half-faded text fails contrast.
 */
const settled = async (page: Page): Promise<void> => {
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running'),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
};

/** Serious and critical accessibility violations on the current page (WCAG 2.1 AA rules). */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await settled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent UI's focus manager (Tabster) adds invisible "dummy" elements at the edges of focus
    // traps to keep Tab inside dialogs and toasts; they are focusable by design and axe's
    // aria-hidden-focus rule misreads them. Everything else on the page is checked.
    .exclude('[data-tabster-dummy]')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
};
