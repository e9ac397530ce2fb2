// A long list loads progressively (issue 11, scale): the first screen shows at once, the rest
// arrives in the background with "Ielādē… N no 2000" and a progress bar, a search meanwhile
// says its results are partial and never "nothing matches" before loading ends, and at the end
// the list is whole, in Latvian order, with the filters right. The CPU is slowed down (CDP) so
// the loading can be watched on any machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { GroupsPageModel } from './pages/records-groups';
import { ImportWizardModel } from './pages/records-import';
import { SubjectsListModel } from './pages/records-subjects';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';

const GIVEN = [
  'Anna',
  'Elza',
  'Emīls',
  'Kārlis',
  'Marta',
  'Roberts',
  'Sofija',
  'Toms',
  'Līga',
  'Jānis',
];
const FAMILY = [
  'Ābele',
  'Bērziņš',
  'Čakste',
  'Dūmiņš',
  'Egle',
  'Gaiķis',
  'Ģērmanis',
  'Jansons',
  'Kalniņš',
  'Ķēniņš',
  'Liepiņš',
  'Ļaviņš',
  'Mežs',
  'Ņikitins',
  'Ozoliņš',
  'Priede',
  'Rūsiņš',
  'Šmits',
  'Tīrums',
  'Ūdris',
];
const SECOND = [
  'Marija',
  'Luīze',
  'Pēteris',
  'Ilze',
  'Dace',
  'Ieva',
  'Zane',
  'Rasa',
  'Olga',
  'Inese',
];
const SIZE = 2000;
const NOT_FOUND = 'Neviens ieraksts neatbilst meklētajam.';

/**
 * Runs in the page: waits for the list's search box, types `query` into it, then records every
 * state of the page until the loading ends (or 90 s pass).
 */
const watchLoading = ({ query, notFound }: { query: string; notFound: string }) =>
  new Promise<{
    loadingSeen: boolean;
    barSeen: boolean;
    partialSeen: boolean;
    notFoundWhileLoading: boolean;
    rowsWhileLoading: number;
  }>((resolve) => {
    const seen = {
      loadingSeen: false,
      barSeen: false,
      partialSeen: false,
      notFoundWhileLoading: false,
      rowsWhileLoading: 0,
    };
    let typed = false;
    const check = () => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!typed && box && query !== '') {
        typed = true;
        // React listens for input events; the native setter makes it see the new value.
        // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(box)
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        set?.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const body = document.body.innerText;
      const loading = /Ielādē… [\d\s]+ no/u.test(body);
      if (loading) {
        seen.loadingSeen = true;
        if (document.querySelector('[role="progressbar"]')) seen.barSeen = true;
        if (body.includes('Rezultāti nav pilnīgi')) seen.partialSeen = true;
        if (body.includes(notFound)) seen.notFoundWhileLoading = true;
        seen.rowsWhileLoading = Math.max(
          seen.rowsWhileLoading,
          document.querySelectorAll('[role="table"] [role="row"]').length,
        );
      } else if (seen.loadingSeen) {
        observer.disconnect();
        resolve(seen);
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    setTimeout(() => {
      observer.disconnect();
      resolve(seen);
    }, 90_000);
  });

test('a long list shows its first screen at once and loads the rest with progress', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const { page } = app;
  const tmp = await mkdtemp(join(tmpdir(), 'large-list-'));
  try {
    await setupVault(page);
    const groups = new GroupsPageModel(page);
    await groups.open();
    await groups.add('Saulītes', '2021');
    await groups.add('Zīles', '2022');
    // 2,000 distinct children: given name × family name × a second given name.
    const rows = Array.from({ length: SIZE }, (_, i) => [
      `${GIVEN[i % GIVEN.length] ?? 'Anna'} ${SECOND[Math.floor(i / 200)] ?? 'Ieva'}`,
      FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] ?? 'Ābele',
      i % 3 === 0 ? 'Zīles' : 'Saulītes',
    ]);
    const path = join(tmp, 'liels.xlsx');
    const text = (value: string) => ({ value, type: String });
    await writeXlsxFile([
      ['Vārds', 'Uzvārds', 'Grupa'].map(text),
      ...rows.map((r) => r.map(text)),
    ]).toFile(path);
    const list = new SubjectsListModel(page);
    await list.open();
    const wizard = new ImportWizardModel(page);
    await wizard.open();
    await wizard.chooseFile(path);
    await wizard.checkRows();
    await page.getByRole('button', { name: `Importēt ${String(SIZE)} derīg` }).click();
    await expect(page.getByRole('heading', { name: 'Imports pabeigts' })).toBeVisible({
      timeout: 400_000,
    });
    await page.getByRole('link', { name: 'Grupas' }).click();

    // Slow the CPU down thirtyfold, then open the list twice while watching every change of
    // the page from inside it (a round trip each would outlast the loading): first as it is,
    // then with a search typed before the first page arrives.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 30 });
    const plain = page.evaluate(watchLoading, { query: '', notFound: NOT_FOUND });
    await page.getByRole('link', { name: 'Bērni' }).click();
    const first = await plain;
    expect(first.loadingSeen).toBe(true);
    expect(first.barSeen).toBe(true);
    // The first screen is there while the rest loads.
    expect(first.rowsWhileLoading).toBeGreaterThan(5);
    await page.getByRole('link', { name: 'Grupas' }).click();
    const searching = page.evaluate(watchLoading, {
      query: 'nikitins anna ieva',
      notFound: NOT_FOUND,
    });
    await page.getByRole('link', { name: 'Bērni' }).click();
    const searched = await searching;
    expect(searched.loadingSeen).toBe(true);
    // Partial while loading, and never "nothing matches" while the progress shows.
    expect(searched.partialSeen).toBe(true);
    expect(searched.notFoundWhileLoading).toBe(false);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(page.getByText(/^Ielādē… [\d\s]+ no/u)).toBeHidden({ timeout: 120_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Atrasts 1 ieraksts.' })).toBeVisible();
    await expect(page.getByText('Rezultāti nav pilnīgi')).toBeHidden();
    await expect(list.row('Ņikitins, Anna Ieva')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // Whole, in Latvian order (Ā before B, Ņ after N, Š after S), filters right.
    await list.search('');
    await expect(
      page.getByRole('status').filter({ hasText: 'Atrasti 2000 ieraksti.' }),
    ).toBeVisible();
    await expect(list.table).toHaveAttribute('aria-rowcount', String(SIZE + 1));
    await expect(list.table.getByRole('row').nth(1)).toContainText('Ābele');
    await page.getByRole('combobox', { name: 'Grupa' }).selectOption({ label: 'Zīles' });
    await expect(
      page.getByRole('status').filter({ hasText: 'Atrasti 667 ieraksti.' }),
    ).toBeVisible();
    await page
      .getByRole('combobox', { name: 'Statuss' })
      .selectOption({ label: 'Arhīvs (atskaitītie)' });
    await expect(page.getByText('Sarakstā vēl nav neviena ieraksta.')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('loaded.png') });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});
