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

/**
 * Serious and critical accessibility violations on the current page (WCAG 2.1 AA rules), and any
 * duplicated id.
 */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await settled(page);
  const results = await new AxeBuilder({ page })
    // axe 4.13 files two duplicate-id rules under an obsolete WCAG tag, so the tags below would
    // leave them out: they are switched on by name, and reported whatever their impact. Two
    // controls with one id let a click on one label tick another box (issue 14, defect 1: a
    // teacher was given the wrong group). options() replaces every option, so it comes first.
    .options({
      rules: {
        'duplicate-id': { enabled: true },
        'duplicate-id-active': { enabled: true },
        'duplicate-id-aria': { enabled: true },
      },
    })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent UI's focus manager (Tabster) adds invisible "dummy" elements at the edges of focus
    // traps to keep Tab inside dialogs and toasts; they are focusable by design and axe's
    // aria-hidden-focus rule misreads them. Everything else on the page is checked.
    .exclude('[data-tabster-dummy]')
    .analyze();
  // duplicate-id-aria reports "needs review" rather than a violation (reviewOnFail): an id that a
  // label or aria attribute points at and that two elements carry is always a defect here.
  const duplicatedIds = results.incomplete.filter((result) => result.id.startsWith('duplicate-id'));
  return [...results.violations, ...duplicatedIds]
    .filter(
      (violation) =>
        violation.impact === 'serious' ||
        violation.impact === 'critical' ||
        violation.id.startsWith('duplicate-id'),
    )
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
};
