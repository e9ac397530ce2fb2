// The four operations the torture kills (issue 10 item 4): an import of 300 rows, recording the
// returned forms of a group one after another, writing a backup, and restoring one. Each has the
// steps before the click that starts the work (`prepare`), the work itself (`start`, which the
// kill interrupts), and what must hold after the browser is started again (`check`): it throws
// on any violation and otherwise names the state it found (the outcome).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { makeValidLvCode } from '../../../shared/personal-code/generate';
import { FormsPageModel } from '../pages/consents-pages';
import { ImportWizardModel } from '../pages/records-import';
import { SubjectsListModel } from '../pages/records-subjects';
import { signInToApp, type VaultOwner } from './journey';
import { rawState, type RawState } from './torture';

export const IMPORT_ROWS = 300;
/** Forms recorded one after another in one run. */
export const FORMS_PER_RUN = 8;

/** The register every run starts from (a copy of its profile). */
export type Golden = {
  readonly owner: VaultOwner;
  readonly importFile: string;
  /** Issued, not yet answered forms of one group. */
  readonly formIds: readonly string[];
  readonly backupFile: string;
  readonly before: RawState;
  /** The state after an uninterrupted import (the calibration run). */
  importedState?: RawState;
};

export type RunContext = {
  readonly golden: Golden;
  /** The origin of the register (http://127.0.0.1:port/). */
  readonly baseURL: string;
  /** An origin with no register on the same server (http://localhost:port/): restores go there. */
  readonly otherOrigin: string;
  readonly downloadsDir: string;
};

export type Operation = {
  readonly name: 'import' | 'answers' | 'backup' | 'restore';
  prepare(page: Page, run: RunContext): Promise<void>;
  start(page: Page, run: RunContext): Promise<void>;
  check(page: Page, run: RunContext): Promise<string>;
};

const GIVEN = ['Anna', 'Marta', 'Roberts', 'Emīls', 'Sofija', 'Kārlis', 'Līva', 'Ēriks', 'Ieva'];
const FAMILY = ['Kalniņš', 'Ozols', 'Liepa', 'Bērziņš', 'Zariņš', 'Krūmiņš', 'Vītols', 'Jansons'];
const feminine = (family: string): string =>
  family.endsWith('š') ? `${family.slice(0, -1)}a` : family.replace(/s$/u, 'a');

/** 300 fictional children with a mother each, valid personal codes, no group. */
export const importCsv = (): string => {
  const rows = ['Vārds;Uzvārds;Personas kods;Mātes vārds, uzvārds;Mātes tālrunis'];
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const given = GIVEN[i % GIVEN.length] ?? 'Anna';
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length] ?? 'Ozols';
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const code = makeValidLvCode(`2019-${month}-${day}`, 600 + (i % 300));
    const phone = `+371 26${String(100000 + i).padStart(6, '0')}`;
    rows.push(`${given};${family} ${String(i)};${code};Inga ${feminine(family)};${phone}`);
  }
  return rows.join('\r\n');
};

/** Signs in on `origin` and expects the app's navigation: the register opens. */
export const openRegister = async (page: Page, owner: VaultOwner, origin: string) => {
  await page.goto(origin);
  await signInToApp(page, owner.username, owner.password);
};

/** The head's "Pārbaudīt žurnāla veselumu" says the chain is whole. */
export const expectAuditIntact = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
  await page.getByRole('button', { name: 'Pārbaudīt žurnāla veselumu' }).click();
  const verdict = page.getByRole('status').filter({ hasText: /^Žurnāls ir/ });
  await expect(verdict).toBeVisible({ timeout: 60_000 });
  const text = await verdict.innerText();
  if (!text.includes('Žurnāls ir vesels'))
    throw new Error(`${text} ${JSON.stringify((await rawState(page))?.chain)}`);
};

const mustState = async (page: Page): Promise<RawState> => {
  const state = await rawState(page);
  if (!state) throw new Error('no register database after the restart');
  return state;
};

const delta = (after: RawState, before: RawState, table: string): number =>
  (after.counts[table] ?? 0) - (before.counts[table] ?? 0);
const actionDelta = (after: RawState, before: RawState, action: string): number =>
  (after.auditActions[action] ?? 0) - (before.auditActions[action] ?? 0);

const RECORD_TABLES = ['subjects', 'representatives', 'representativeLinks'] as const;

/** Everything of the import or nothing, records and audit entries alike. */
const checkImport = (after: RawState, golden: Golden): string => {
  const { before, importedState } = golden;
  const added = delta(after, before, 'subjects');
  const unit = [...RECORD_TABLES.map((t) => delta(after, before, t))];
  const audits = [
    actionDelta(after, before, 'records.import'),
    actionDelta(after, before, 'subject.create'),
  ];
  if (added === 0) {
    expect({ unit, audits }, 'nothing of the import').toEqual({ unit: [0, 0, 0], audits: [0, 0] });
    return 'nothing stored';
  }
  expect(added, 'every row of the import').toBe(IMPORT_ROWS);
  if (importedState)
    expect(unit).toEqual(RECORD_TABLES.map((t) => delta(importedState, before, t)));
  expect(audits, 'the import audited with its records').toEqual([1, IMPORT_ROWS]);
  return 'all 300 stored';
};

const importOp: Operation = {
  name: 'import',
  prepare: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await new SubjectsListModel(page).open();
    const wizard = new ImportWizardModel(page);
    await wizard.open();
    await wizard.chooseFile(run.golden.importFile);
    await wizard.checkRows();
  },
  start: (page) => new ImportWizardModel(page).importValid(IMPORT_ROWS),
  check: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await expectAuditIntact(page);
    return checkImport(await mustState(page), run.golden);
  },
};

const recordOne = async (page: Page, formId: string): Promise<void> => {
  const id = page.getByLabel('Veidlapas ID (piem., F-7KQ2-9MXD)');
  await id.fill(formId);
  await id.press('Enter');
  const found = page.getByRole('form', { name: `Veidlapa ${formId}` });
  const groups = found.getByRole('radiogroup');
  await expect(groups.nth(1)).toBeVisible();
  const count = await groups.count();
  // radiogroup 0 is the representative; one per consent item after it.
  for (let i = 1; i < count; i++)
    await groups.nth(i).getByRole('radio', { name: 'Piekrītu', exact: true }).check();
  await found.getByRole('button', { name: 'Saglabāt atbildes' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Atbildes saglabātas: ${formId}` }),
  ).toBeVisible({ timeout: 60_000 });
};

/** Each form's answers all there or none; one audit entry per recorded form. */
const checkAnswers = (after: RawState, golden: Golden): string => {
  const forms = golden.formIds.slice(0, FORMS_PER_RUN);
  const perForm = forms.map((f) => after.eventsPerForm[f] ?? 0);
  const recorded = perForm.filter((n) => n > 0);
  const items = Math.max(0, ...recorded);
  expect(
    perForm.every((n) => n === 0 || n === items),
    `answers per form ${perForm.join(',')}`,
  ).toBe(true);
  expect(recorded.length, 'answered forms in order').toBe(
    perForm.findIndex((n) => n === 0) === -1 ? forms.length : perForm.indexOf(0),
  );
  expect(delta(after, golden.before, 'consentEvents')).toBe(recorded.length * items);
  expect(actionDelta(after, golden.before, 'consent.record'), 'one audit entry per form').toBe(
    recorded.length,
  );
  return `${String(recorded.length)} of ${String(forms.length)} forms recorded`;
};

const answersOp: Operation = {
  name: 'answers',
  prepare: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await new FormsPageModel(page).open();
  },
  start: async (page, run) => {
    for (const formId of run.golden.formIds.slice(0, FORMS_PER_RUN)) await recordOne(page, formId);
  },
  check: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await expectAuditIntact(page);
    return checkAnswers(await mustState(page), run.golden);
  },
};

/** Opens the restore step of setup on the origin without a register and offers `bytes`. */
const offerBackup = async (page: Page, origin: string, bytes: Buffer): Promise<boolean> => {
  await page.goto(origin);
  await page.getByRole('button', { name: 'Atjaunot no rezerves kopijas' }).click();
  await page.getByLabel('Rezerves kopijas fails').setInputFiles({
    name: 'registrs.prbk',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  const accepted = page.getByLabel('Atkopšanas atslēga');
  const refused = page.getByRole('alert');
  await expect(accepted.or(refused)).toBeVisible({ timeout: 60_000 });
  if (await accepted.isVisible()) return true;
  await expect(refused).toContainText(/bojāts|nepilnīgs|nav rezerves kopija/u);
  return false;
};

const settingsPage = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  await expect(page.getByTestId('backup-last-verified')).toBeVisible();
};

/**
 * A half-written backup is never taken for a good one: every file the kill left in the
 * downloads is either refused by the restore (damaged, cut) or whole; "verified" only moved if
 * a whole file exists.
 */
const backupOp: Operation = {
  name: 'backup',
  prepare: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await settingsPage(page);
  },
  start: async (page) => {
    await page.getByRole('button', { name: 'Izveidot rezerves kopiju' }).click();
    await expect(page.getByRole('button', { name: 'Izveidot rezerves kopiju' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('alert')).toHaveCount(0);
  },
  check: async (page, run) => {
    await openRegister(page, run.golden.owner, run.baseURL);
    await expectAuditIntact(page);
    const after = await mustState(page);
    const moved = after.lastVerifiedAt !== run.golden.before.lastVerifiedAt;
    const files = await readdir(run.downloadsDir);
    let whole = 0;
    let refused = 0;
    const probe = await page.context().newPage();
    for (const name of files) {
      if (await offerBackup(probe, run.otherOrigin, await readFile(join(run.downloadsDir, name))))
        whole++;
      else refused++;
    }
    await probe.close();
    if (moved) expect(whole, 'a verified backup exists as a whole file').toBeGreaterThan(0);
    return `${moved ? 'verified' : 'not verified'}, ${String(whole)} whole file(s), ${String(refused)} partial refused`;
  },
};

const restoreOp: Operation = {
  name: 'restore',
  prepare: async (page, run) => {
    await page.goto(run.otherOrigin);
    await page.getByRole('button', { name: 'Atjaunot no rezerves kopijas' }).click();
    await page.getByLabel('Rezerves kopijas fails').setInputFiles({
      name: 'registrs.prbk',
      mimeType: 'application/octet-stream',
      buffer: await readFile(run.golden.backupFile),
    });
    await page.getByLabel('Atkopšanas atslēga').fill(run.golden.owner.recoveryCode);
    await page.getByRole('button', { name: 'Atvērt kopiju' }).click();
    await expect(page.getByTestId('restore-preview')).toBeVisible({ timeout: 60_000 });
  },
  start: async (page) => {
    await page.getByRole('button', { name: 'Atjaunot reģistru' }).click();
    await expect(page.getByRole('status')).toContainText('Reģistrs atjaunots un pārbaudīts', {
      timeout: 120_000,
    });
  },
  check: async (page, run) => {
    await page.goto(run.otherOrigin);
    const setup = page.getByRole('button', { name: 'Atjaunot no rezerves kopijas' });
    const signIn = page.getByRole('heading', { name: 'Pieteikšanās' });
    await expect(setup.or(signIn)).toBeVisible({ timeout: 60_000 });
    if (await setup.isVisible()) {
      // The interrupted restore's database is gone at start; nothing half-restored is used.
      expect((await rawState(page))?.hasVault ?? false, 'no register in use').toBe(false);
      await expect
        .poll(
          () =>
            page.evaluate(async () =>
              (await indexedDB.databases()).some((d) => (d.name ?? '').includes('-restored-')),
            ),
          { timeout: 30_000 },
        )
        .toBe(false);
      return 'nothing restored, setup offered again';
    }
    await signInToApp(page, run.golden.owner.username, run.golden.owner.password);
    await expectAuditIntact(page);
    const after = await mustState(page);
    for (const table of [...RECORD_TABLES, 'consentEvents', 'consentForms', 'consentEvidence'])
      expect(after.counts[table] ?? 0, table).toBe(run.golden.before.counts[table] ?? 0);
    return 'restored whole';
  },
};

export const OPERATIONS: readonly Operation[] = [importOp, answersOp, backupOp, restoreOp];
