// Issue 9 "Done when" (a), the hidden-bytes test, in real Chromium: a child with unique markers
// in the record, a representative, a consent (the signer note) and a scan is erased through the
// UI; with the browser closed, every file of the profile (raw, both encodings and the LevelDB
// blocks decompressed: support/at-rest.ts) holds none of the markers and none of the ciphertexts
// of the person's wrapped data keys, captured from the keybook (OPFS) before the erasure. A
// positive control first proves the probe finds those ciphertexts in the profile's OPFS folder
// while they exist, so "not found" afterwards means gone.
import { readFile } from 'node:fs/promises';
import { ChildConsentsModel, FormsPageModel } from './pages/consents-pages';
import { GroupsPageModel } from './pages/records-groups';
import { SubjectsListModel } from './pages/records-subjects';
import { expectNothingReadable, scanProfile } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { setupVault, signInToApp } from './support/journey';
import { readWrappedKeys, type WrappedKey } from './support/keybook';

const RUN = Math.random().toString(36).slice(2, 8).toUpperCase();
const MARKERS = {
  given: `Ērika${RUN}`,
  family: `Dzēšamā${RUN}`,
  notes: `Piezīme-Ieraksts-${RUN}-Ķegums`,
  repGiven: `Pārstāve${RUN}`,
  repFamily: `Līdzjūtīgā${RUN}`,
  phone: `+371 2${RUN.replace(/\D/g, '7').padEnd(7, '7').slice(0, 7)}`,
  signer: `Parakstītāja-${RUN}-Šķirne`,
  scan: `SKENEJUMA-MARKIERIS-${RUN}`,
} as const;

/** A small PNG: the signature, then bytes carrying an ASCII marker. */
const scanPng = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`tEXt${MARKERS.scan}`, 'latin1'),
  ]);

const needle = (key: WrappedKey) => ({
  label: `wrapped key ${key.keyId} of ${key.ownerId}`,
  bytes: key.ct,
});

test('an erased child leaves no marker and no wrapped key ciphertext anywhere in the profile', async ({
  app,
}) => {
  test.setTimeout(420_000);
  let { page } = app;
  const owner = await setupVault(page);
  const groups = new GroupsPageModel(page);
  await groups.open();
  await groups.add('Bitītes', '2021');
  const list = new SubjectsListModel(page);
  await list.open();
  const form = await list.addChild();
  await form.fill({ 'Vārds (vārdi)': MARKERS.given, Uzvārds: MARKERS.family });
  await form.field('Piezīmes').fill(MARKERS.notes);
  await form.selectGroup('Bitītes');
  await form.addRepresentative(1, {
    relation: 'Māte',
    givenNames: MARKERS.repGiven,
    familyName: MARKERS.repFamily,
    phone: MARKERS.phone,
  });
  await form.save();
  const name = `${MARKERS.given} ${MARKERS.family}`;
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const childId = /#\/subjects\/([^/]+)/.exec(page.url())?.[1] ?? '';
  expect(childId).not.toBe('');

  // A returned form with the signer's note and a scan.
  const forms = new FormsPageModel(page);
  await forms.open();
  const [formId = ''] = await forms.prepareForGroup('Bitītes', 'first');
  await page.goto(`./#/consents/${childId}`);
  const consents = new ChildConsentsModel(page);
  await consents.recordForm(
    formId,
    ['Piekrītu', 'Nepiekrītu', 'Piekrītu'],
    { name: 'skenejums.png', mimeType: 'image/png', buffer: scanPng() },
    undefined,
    MARKERS.signer,
  );

  // The person's wrapped keys as they are stored now; the probe must find them in OPFS.
  const before = await readWrappedKeys(page);
  expect(before.filter((k) => k.ownerId === childId).length).toBeGreaterThan(0);
  const reopened = await app.reopen();
  const control = await scanProfile(
    app.profileDir,
    before.filter((k) => k.ownerId === childId).map(needle),
  );
  expect(control.hits.length).toBeGreaterThan(0);
  expect(control.hits.every((hit) => hit.file.includes('File System'))).toBe(true);

  // The head proposes and approves her own proposal (with the confirmation).
  page = reopened.page;
  await page.goto('./');
  await signInToApp(page, owner.username, owner.password);
  await page.goto(`./#/subjects/${childId}`);
  await page.getByRole('button', { name: 'Ierosināt dzēšanu' }).click();
  await expect(page.getByText(`Persona: ${name}`)).toBeVisible();
  await page.getByRole('textbox', { name: /Iemesls/ }).fill('Vecāku pieprasījums dzēst datus');
  await page.getByRole('textbox', { name: /Tiesiskais pamats/ }).fill('VDAR 17. panta 1. punkts');
  await page.getByRole('button', { name: 'Iesniegt priekšlikumu' }).click();
  await expect(page.getByRole('heading', { name: 'Dzēšamie', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Apstiprināt…' }).click();
  const approve = page.getByRole('alertdialog', { name: 'Apstiprināt dzēšanu' });
  await approve.getByRole('checkbox', { name: /Apstiprinu savu priekšlikumu/ }).check();
  const download = page.waitForEvent('download');
  await approve.getByRole('button', { name: 'Dzēst neatgriezeniski' }).click();
  expect((await readFile(await (await download).path())).length).toBeGreaterThan(0);
  await expect(approve).toHaveCount(0);

  // Which wrapped keys went: the child's and the representative's (no other child links her).
  const after = new Set((await readWrappedKeys(page)).map((k) => `${k.file}/${k.keyId}`));
  const destroyed = before.filter((k) => !after.has(`${k.file}/${k.keyId}`));
  const owners = new Set(destroyed.map((k) => k.ownerId));
  expect(owners.has(childId)).toBe(true);
  expect(owners.size).toBeGreaterThanOrEqual(2);
  expect(before.filter((k) => owners.has(k.ownerId))).toEqual(destroyed);

  const result = await expectNothingReadable(reopened, Object.values(MARKERS), {
    bytes: destroyed.map(needle),
  });
  expect(result.coverage.files).toBeGreaterThan(10);
});
