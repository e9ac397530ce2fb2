// The audit log for a head, in real Chromium (issue 14 item 10): lines in words with the child's
// and the staff member's names, runs grouped, routine reads hideable, pages, and one child's
// trail reached from the log and from the child's own card.
import { join } from 'node:path';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

/** A folder for screenshots of the screens this journey shows (looked at by a person), if set. */
const SHOTS = process.env.E2E_SCREENSHOTS;

test('the head reads the log by name and opens one child’s trail', async ({ app }) => {
  const { page } = app;
  await setupVault(page, { demo: true });
  const list = new SubjectsListModel(page);
  await list.open();
  await expect(page.getByText(/^Atrast[si] \d+ ieraksti?\.$/)).toBeVisible({ timeout: 60_000 });
  const first = list.table.getByRole('row').nth(1);
  // "Family, Given" in the list; "Given Family" everywhere else.
  const listed = /^\s*([^,\n\t]+), ([^\n\t]+?)\s*(\t|\n|$)/u.exec(await first.innerText());
  const name = `${listed?.[2] ?? ''} ${listed?.[1] ?? ''}`;
  expect(name.trim()).not.toBe('');
  // Two openings of the card in a row: one line "(2 reizes)".
  for (let i = 0; i < 2; i += 1) {
    await first.click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).click();
  }

  await page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
  const log = page.getByRole('table', { name: 'Auditācijas žurnāls' });
  const views = log.getByRole('row').filter({ hasText: 'Atvērts ieraksts' }).first();
  await expect(views).toContainText('Ilze Testa');
  await expect(views).toContainText('(2 reizes)');
  await expect(views).toContainText(`Bērns vai klients: ${name}`);
  // The list was opened three times here, and Sākums (the first screen after sign-in) reads
  // its groups' lists for its counts: all of them one grouped line, not one line each.
  const lists = await log.getByRole('row').filter({ hasText: 'Atvērts saraksts' }).allInnerTexts();
  expect(lists).toHaveLength(1);
  expect(Number(/\((\d+) reizes\)/u.exec(lists[0] ?? '')?.[1])).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/^Rindas 1–\d+ no \d+$/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'audit-log.png'), fullPage: true });

  // The routine reads hidden: the openings go, the demo register's creation stays.
  await page.getByRole('checkbox', { name: /Slēpt ikdienas skatījumus/ }).check();
  await expect(log.getByRole('row').filter({ hasText: 'Atvērts ieraksts' })).toHaveCount(0);
  await expect(
    log.getByRole('row').filter({ hasText: 'Izveidoti demonstrācijas dati' }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /Slēpt ikdienas skatījumus/ }).uncheck();

  // A date the app cannot read is said on the field, not ignored.
  await page.getByRole('textbox', { name: 'No (DD.MM.GGGG)' }).fill('31.02.2026');
  await page.getByRole('button', { name: 'Atlasīt' }).click();
  await expect(
    page.getByText('Ievadiet datumu formā DD.MM.GGGG, piemēram, 01.09.2026.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'No (DD.MM.GGGG)' }).fill('');
  await page.getByRole('button', { name: 'Atlasīt' }).click();

  // The child's name opens the child's trail: only entries about this child.
  await log
    .getByRole('row')
    .filter({ hasText: 'Atvērts ieraksts' })
    .first()
    .getByRole('button', { name })
    .click();
  const heading = page.getByRole('heading', { name: `Kas skatīja un mainīja datus: ${name}` });
  await expect(heading).toBeVisible();
  const trail = page.getByRole('table', { name: `Kas skatīja un mainīja datus: ${name}` });
  await expect(trail.getByRole('row').filter({ hasText: 'Atvērts ieraksts' })).toContainText(
    '(2 reizes)',
  );
  // Nothing about another child: every line names this one (the header row aside).
  const trailRows = await trail.getByRole('row').allInnerTexts();
  expect(trailRows.slice(1).every((row) => row.includes(name))).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'audit-trail.png'), fullPage: true });

  // The same trail from the child's own card; opening it is logged too.
  await list.open();
  await first.click();
  await page.getByRole('button', { name: 'Piekļuves vēsture' }).click();
  await expect(heading).toBeVisible();
  await page.getByRole('button', { name: 'Atpakaļ uz žurnālu' }).click();
  await expect(
    log.getByRole('row').filter({ hasText: 'Skatīta ieraksta piekļuves vēsture' }).first(),
  ).toContainText(name);
  expect(app.consoleErrors).toEqual([]);
});
