// Archive hand-over (issue 9 item 7, seed 000 p. 9) in real Chromium: the head exports a child
// who left to a sealed archive file (a download in the browser host); the file opens with the
// reference opener (`npm run open-archive`, spawned here) and holds the child's record, consents
// and scan; a wrong code is refused; none of the register's markers is in the file's bytes (it
// is sealed); the hand-over act PDF is read with pdftotext; the page then offers the usual
// erasure proposal pre-filled with the legal basis "nodots valsts arhīvam".
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeLeaver, scanPng } from './pages/archive-pages';
import { seriousViolations } from './support/axe';
import { probeFile } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { setupVault } from './support/journey';
import { pdfTextOf, pdfToPng } from './support/pdf';
import { screenshot } from './support/screenshots';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCAN_MARKER = 'E2E-ARCHIVE-SCAN-5c2e81d4';
const CHILD = { given: 'Rūdolfs', family: 'Ķiršteins' } as const;
const MOTHER = ['Dzintra', 'Ķiršteina', '+371 29777111'] as const;
const NAME = `${CHILD.given} ${CHILD.family}`;

const openArchive = (file: string, code: string, outdir: string) =>
  spawnSync('npm', ['run', '-s', 'open-archive', '--', file, code, outdir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });

test('the head hands a leaver over to the archive: sealed file, opener, act, erasure proposal', async ({
  app,
}) => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'archive-e2e-'));
  try {
    const { page } = app;
    const owner = await setupVault(page);
    await makeLeaver(page, { ...CHILD, mother: MOTHER, scan: scanPng(SCAN_MARKER) });

    await page.getByRole('link', { name: 'Dzēšamie' }).click();
    const section = page.getByRole('region', { name: 'Nodot arhīvam' });
    await expect(section).toBeVisible();
    await section
      .getByRole('combobox', { name: 'Persona' })
      .selectOption({ label: `${NAME} (Pūcītes)` });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'archive-section.png');
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Sagatavot arhīva failu' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^arhivs-\d{4}-\d{2}-\d{2}-\d{4}\.prarh$/);
    const archivePath = join(dir, file.suggestedFilename());
    await file.saveAs(archivePath);
    const result = page.getByRole('region', { name: 'Arhīva fails saglabāts' });
    await expect(result).toContainText(file.suggestedFilename());
    const code = (await result.getByRole('status', { name: 'Nodošanas kods' }).textContent()) ?? '';
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'archive-done.png');

    // Sealed: nothing the register holds is readable in the file, in any encoding.
    const needles = [
      SCAN_MARKER,
      CHILD.given,
      CHILD.family,
      ...MOTHER,
      owner.username,
      owner.password,
      'PII «Cīrulītis»',
      'manifest.json',
    ];
    expect(await probeFile(archivePath, needles)).toEqual([]);

    // The reference opener: a wrong code is refused, the right one unpacks the child's data.
    const wrong = openArchive(archivePath, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', join(dir, 'wrong'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('wrong hand-over code');
    const out = join(dir, 'opened');
    const opened = openArchive(archivePath, code, out);
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
      personCount: number;
      persons: { folder: string; scans: { file: string }[] }[];
    };
    expect(manifest.personCount).toBe(1);
    const person = manifest.persons[0];
    const data = await readFile(join(out, person?.folder ?? '', 'data.json'), 'utf8');
    expect(data).toContain(CHILD.given);
    expect(data).toContain(MOTHER[2]);
    expect(data).toContain('"answer": "refused"');
    const scan = await readFile(join(out, person?.scans[0]?.file ?? ''));
    expect(scan.toString('latin1')).toContain(SCAN_MARKER);
    const summary = await pdfTextOf(
      await readFile(join(out, person?.folder ?? '', 'kopsavilkums.pdf')),
    );
    expect(summary).toContain('Personas datu kopsavilkums arhīvam');
    expect(summary).toContain(NAME);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['LASIT-MANI.txt', 'manifest.json']));

    // The act: file name, its SHA-256, the code, one person, no name (not chosen).
    const actDownload = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Saglabāt nodošanas aktu (PDF)' }).click();
    const act = await actDownload;
    expect(act.suggestedFilename()).toMatch(/^arhiva-nodosanas-akts-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    const actBytes = await readFile(await act.path());
    const text = await pdfTextOf(actBytes);
    expect(text).toContain('Arhīva nodošanas akts');
    expect(text).toContain(file.suggestedFilename());
    const sha = spawnSync('sha256sum', [archivePath], { encoding: 'utf8' }).stdout.split(' ')[0];
    expect(text.replace(/\s/g, '')).toContain(sha);
    expect(text).toContain(code);
    expect(text).toMatch(/Personu skaits:\s+1/);
    expect(text).toContain('vārdi aktā netiek norādīti');
    expect(text).not.toContain(CHILD.family);
    if (process.env.E2E_SCREENSHOTS)
      await pdfToPng(actBytes, process.env.E2E_SCREENSHOTS, 'archive-act');

    // Nothing erased; the usual proposal is offered, with the hand-over as its legal basis.
    await result.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
    await expect(page.getByRole('heading', { name: 'Ierosināt dzēšanu', level: 1 })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Tiesiskais pamats/ })).toHaveValue(
      'nodots valsts arhīvam',
    );
    await screenshot(page, 'archive-propose.png');
    await page.getByRole('button', { name: 'Iesniegt priekšlikumu' }).click();
    await expect(page.getByRole('heading', { name: 'Dzēšamie', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Gaida apstiprinājumu' })).toContainText(
      'nodots valsts arhīvam',
    );
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
