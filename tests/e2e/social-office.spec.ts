// Social-office mode in real Chromium (issue 11, Done when): a Lithuanian office is set up in
// Lithuanian; the head keeps the service list, adds clients with their parts and services and
// assigns caseloads; then a care worker and the accountant sign in and each sees exactly her
// parts. Beyond the screens, each one's keys are tried on the raw database in the page (a care
// worker's password opens no social or financial box), and the profile is probed for every typed
// value at the end. Ona also signs a client consent form and later withdraws one consent.
import { expect, type Page } from '@playwright/test';
import { makeValidLtCode } from '../../shared/personal-code/generate';
import { seriousViolations } from './support/axe';
import { expectNothingReadable } from './support/at-rest';
import { test } from './support/fixtures';
import {
  addLtClient,
  createLtStaffMember,
  firstSignInLt,
  lockLt,
  setupLtSocialOffice,
  signInLt,
} from './support/journey-lt';
import { rawReadAs } from './support/raw-read';
import { screenshot } from './support/screenshots';

const CARE = {
  displayName: 'Rasa Priežiūrienė',
  username: 'rasa',
  roleLabel: 'Lankomosios priežiūros darbuotojas',
  password: 'Pradinis slaptažodis 41',
  next: 'Rasos nauja frazė 2026',
};
const SOCIAL = {
  displayName: 'Jonas Socialinis',
  username: 'jonas',
  roleLabel: 'Socialinis darbuotojas',
  password: 'Pradinis slaptažodis 42',
};
const ACCOUNTANT = {
  displayName: 'Aldona Skaičiuotė',
  username: 'aldona',
  roleLabel: 'Buhalterė',
  password: 'Pradinis slaptažodis 43',
  next: 'Aldonos nauja frazė 2026',
};

const ONA = {
  given: 'Ona',
  family: 'Žemaitienė',
  code: makeValidLtCode('1941-03-12', 'female', 7),
};
const PETRAS = {
  given: 'Petras',
  family: 'Kalvaitis',
  code: makeValidLtCode('1950-11-02', 'male', 8),
};
const ADDRESS = 'Ąžuolų g. 17-3, Ąžuolėlis';
const FAMILY = 'Gyvena viena; dukra Airijoje, skambina sekmadieniais';
const MATERIAL = 'Senatvės pensija, skolos už šildymą';
const CARE_NOTE = 'Vaistai rytais, pirkiniai pirmadieniais';
const IBAN = 'LT12 1000 0111 0100 1000';
const PETRAS_SOCIAL = 'Gyvena su sūnumi, būstas be patogumų';

const editPart = (page: Page, title: string) =>
  page.getByRole('button', { name: `Redaguoti: ${title}`, exact: true });

const expectAxeClean = async (page: Page): Promise<void> => {
  expect(await seriousViolations(page)).toEqual([]);
};

/**
 * The head keeps the office's service list in Settings; an empty list is refused on the field.
 * The institution's kind and country are shown there and cannot be changed (issue 11).
 */
const keepServiceList = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Nustatymai' }).click();
  const office = page.getByRole('radio', { name: 'Socialinių paslaugų tarnyba' });
  await expect(office).toBeChecked();
  await expect(office).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Ikimokyklinio ugdymo įstaiga' })).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Lietuva' })).toBeDisabled();
  const names = page.getByRole('textbox', {
    name: 'Paslaugų pavadinimai (kiekvienas atskiroje eilutėje)',
  });
  await expect(names).toHaveValue(/Pagalba į namus/);
  const list = await names.inputValue();
  await names.fill('  ');
  await page.getByRole('button', { name: 'Išsaugoti sąrašą' }).click();
  await expect(page.getByText(/turi būti bent vienas pavadinimas/)).toBeVisible();
  await names.fill(`${list}\nMaisto pristatymas į namus`);
  await page.getByRole('button', { name: 'Išsaugoti sąrašą' }).click();
  await expect(page.getByText('Nustatymai išsaugoti.').first()).toBeVisible();
  await expect(page.getByText(/turi būti bent vienas pavadinimas/)).toHaveCount(0);
  await screenshot(page, 'social-settings-services.png');
};

/** The head fills Ona's contacts, social situation, finances and care notes, with typos first. */
const fillOnasParts = async (page: Page): Promise<void> => {
  await editPart(page, 'Kontaktiniai duomenys').click();
  await page.getByLabel('Deklaruotos gyvenamosios vietos adresas').fill(ADDRESS);
  await page.getByLabel('Telefonas').fill('+370 612 34567');
  await page.getByLabel('El. paštas').fill('ona.zemaitiene@');
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByLabel('El. paštas')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Deklaruotos gyvenamosios vietos adresas')).toHaveValue(ADDRESS);
  await page.getByLabel('El. paštas').fill('ona.zemaitiene@example.lt');
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(ADDRESS)).toBeVisible();

  await editPart(page, 'Šeiminė, materialinė ir socialinė padėtis').click();
  await page.getByLabel('Šeiminė padėtis').fill(FAMILY);
  await page.getByLabel('Materialinė padėtis').fill(MATERIAL);
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(FAMILY)).toBeVisible();

  await editPart(page, 'Finansiniai duomenys').click();
  await page.getByLabel('Banko sąskaitos numeris (IBAN)').fill('LT12 1000 0111 0100 1001');
  await page.getByRole('button', { name: 'Pridėti išmoką' }).click();
  await page.getByLabel('Išmokos pavadinimas (1)').fill('Socialinė pašalpa');
  await page.getByLabel('Suma per mėnesį, EUR (1)').fill('12,345');
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(/Įveskite teisingą sąskaitos numerį/)).toBeVisible();
  await expect(page.getByText(/Įveskite sumą eurais/)).toBeVisible();
  await expect(page.getByLabel('Išmokos pavadinimas (1)')).toHaveValue('Socialinė pašalpa');
  await screenshot(page, 'social-financial-errors.png');
  await page.getByLabel('Banko sąskaitos numeris (IBAN)').fill(IBAN);
  await page.getByLabel('Suma per mėnesį, EUR (1)').fill('145,20');
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(IBAN)).toBeVisible();
  await expect(page.getByText('Socialinė pašalpa: 145,20 € per mėnesį')).toBeVisible();

  await editPart(page, 'Priežiūra').click();
  await page.getByLabel('Priežiūros pastabos').fill(CARE_NOTE);
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(CARE_NOTE)).toBeVisible();
};

/** A service from the list; an end before the start is refused and nothing typed is lost. */
const addService = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Pridėti paslaugą' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nauja paslauga' });
  await dialog.getByLabel('Paslauga').selectOption({ label: 'Pagalba į namus' });
  await dialog.getByLabel('Sprendimo numeris').fill('SP-2026/15');
  await dialog.getByLabel('Pradžia').fill('2026-01-05');
  await dialog.getByLabel('Pabaiga').fill('2025-12-01');
  await dialog
    .getByLabel('Atsakingas darbuotojas')
    .selectOption({ label: `${CARE.displayName} (${CARE.roleLabel})` });
  await dialog.getByRole('button', { name: 'Pridėti' }).click();
  await expect(dialog.getByText(/negali būti ankstesnė už pradžios datą/)).toBeVisible();
  await expect(dialog.getByLabel('Sprendimo numeris')).toHaveValue('SP-2026/15');
  await expectAxeClean(page);
  await screenshot(page, 'social-service-dialog.png');
  await dialog.getByLabel('Pabaiga').fill('');
  await dialog.getByRole('button', { name: 'Pridėti' }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: 'SP-2026/15' });
  await expect(row).toContainText('Pagalba į namus');
  await expect(row).toContainText('2026-01-05');
  await expect(row).toContainText('teikiama');
  await expect(row).toContainText(CARE.displayName);
};

const assignWorkers = async (page: Page, names: readonly string[]): Promise<void> => {
  await editPart(page, 'Priskirti darbuotojai').click();
  for (const worker of [CARE, SOCIAL]) {
    const box = page.getByRole('checkbox', { name: new RegExp(worker.displayName) });
    if (names.includes(worker.displayName)) await box.check();
    else await box.uncheck();
  }
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(editPart(page, 'Priskirti darbuotojai')).toBeVisible();
};

const PUBLISH =
  'Nuotraukų ir vaizdo įrašų skelbimas (interneto svetainės, spauda, socialiniai tinklai)';
const EVENTS = 'Dalyvavimas įstaigos organizuojamuose renginiuose';

/** Today in the office's time zone as the Lithuanian date fields take it (YYYY-MM-DD). */
const todayLt = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Riga' }).format(new Date());

/**
 * The client consent form for Ona (she has no representative, so she signs herself), the
 * returned paper recorded, then her withdrawal of consent to publishing (issue 11 item 5).
 */
const consentAndWithdrawal = async (page: Page): Promise<void> => {
  await page.getByRole('link', { name: 'Formos' }).click();
  await page.getByRole('radio', { name: 'Vienam ar keliems klientams' }).check();
  await page.getByRole('checkbox', { name: 'Ona Žemaitienė' }).check();
  await page.getByRole('button', { name: 'Parengti' }).click();
  const status = page.getByRole('status').filter({ hasText: /Parengta 1 forma/ });
  await expect(status).toBeVisible({ timeout: 60_000 });
  const formId = /F-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await status.innerText())?.[0] ?? '';
  expect(formId).not.toBe('');

  await openClient(page, 'Žemaitienė');
  await page.getByRole('button', { name: 'Sutikimai' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sutikimai: Ona Žemaitienė', level: 1 }),
  ).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: formId })
    .getByRole('button', { name: 'Registruoti grąžintą formą' })
    .click();
  const dialog = page.getByRole('dialog');
  const groups = dialog.getByRole('radiogroup');
  await expect(
    groups.first().getByRole('radio', { name: 'Ona Žemaitienė', exact: true }),
  ).toBeChecked();
  for (const [index, answer] of ['Sutinku', 'Sutinku', 'Nesutinku'].entries())
    await groups
      .nth(index + 1)
      .getByRole('radio', { name: answer, exact: true })
      .check();
  await dialog.getByRole('button', { name: 'Išsaugoti atsakymus' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('group', { name: PUBLISH })).toContainText('Sutikimas duotas');
  await expect(page.getByRole('group', { name: EVENTS })).toContainText('Nesutikta');

  await page.getByRole('button', { name: `Atšaukti: ${PUBLISH}` }).click();
  const withdraw = page.getByRole('dialog');
  await withdraw.getByLabel('Atšaukimo gavimo data (MMMM-MM-DD)').fill(todayLt());
  await withdraw.getByLabel('Kaip gauta').selectOption({ label: 'Asmeniškai' });
  await expectAxeClean(page);
  await withdraw.getByRole('button', { name: 'Registruoti atšaukimą' }).click();
  await expect(withdraw.getByRole('button', { name: 'Registruoti atšaukimą' })).toBeHidden();
  await page.getByRole('dialog').getByRole('button', { name: 'Uždaryti' }).click();
  await expect(page.getByRole('group', { name: PUBLISH })).toContainText('Sutikimas atšauktas');
  const history = page.getByRole('table', { name: 'Istorija' });
  const publishRows = history.getByRole('row').filter({ hasText: PUBLISH });
  await expect(publishRows).toHaveCount(2);
  await expect(publishRows.filter({ hasText: 'Sutikimas atšauktas' })).toContainText(
    'Ona Žemaitienė',
  );
  await expectAxeClean(page);
  await screenshot(page, 'social-client-consents.png');
};

const openClient = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('link', { name: 'Klientai' }).click();
  await page.getByRole('row').filter({ hasText: name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
};

test('a Lithuanian social office: the care worker and the accountant each see only their part', async ({
  app,
}) => {
  test.setTimeout(480_000);
  const { page } = app;
  const office = await setupLtSocialOffice(page);
  for (const member of [CARE, SOCIAL, ACCOUNTANT]) await createLtStaffMember(page, member);
  await keepServiceList(page);

  // Ona: every part, a service, assigned to the care worker and the social worker.
  const ona = await addLtClient(page, ONA);
  await fillOnasParts(page);
  await addService(page);
  await assignWorkers(page, [CARE.displayName, SOCIAL.displayName]);
  await expect(
    page.getByText(/Rasa Priežiūrienė \(Lankomosios priežiūros darbuotojas\)/),
  ).toBeVisible();
  await expectAxeClean(page);
  await screenshot(page, 'social-client-head.png');
  await consentAndWithdrawal(page);

  // Petras: assigned to the care worker, then unassigned: her access ends with the assignment.
  const petras = await addLtClient(page, PETRAS);
  await editPart(page, 'Šeiminė, materialinė ir socialinė padėtis').click();
  await page.getByLabel('Socialinė padėtis').fill(PETRAS_SOCIAL);
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(PETRAS_SOCIAL)).toBeVisible();
  await assignWorkers(page, [CARE.displayName]);
  await assignWorkers(page, [SOCIAL.displayName]);
  await expect(page.getByText(/Rasa Priežiūrienė/)).toHaveCount(0);

  // The care worker: Ona's name, address, phone, care notes and services; nothing else.
  await lockLt(page);
  await firstSignInLt(page, CARE.username, CARE.password, CARE.next);
  await page.getByRole('link', { name: 'Klientai' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Žemaitienė' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'Kalvaitis' })).toHaveCount(0);
  await openClient(page, 'Žemaitienė');
  await expect(page.getByText(ADDRESS)).toBeVisible();
  await expect(page.getByText(CARE_NOTE)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'SP-2026/15' })).toBeVisible();
  for (const hidden of [FAMILY, MATERIAL, IBAN, ONA.code, 'Finansiniai duomenys'])
    await expect(page.getByText(hidden)).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'Šeiminė, materialinė ir socialinė padėtis' }),
  ).toHaveCount(0);
  await expect(editPart(page, 'Kontaktiniai duomenys')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pridėti paslaugą' })).toHaveCount(0);
  // Consents are not her duty (no consent.view): no way to them from the client's page.
  await expect(page.getByRole('button', { name: 'Sutikimai' })).toHaveCount(0);
  await editPart(page, 'Priežiūra').click();
  await page.getByLabel('Priežiūros pastabos').fill(`${CARE_NOTE}; ketvirtadieniais maudynės`);
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText(`${CARE_NOTE}; ketvirtadieniais maudynės`)).toBeVisible();
  await expectAxeClean(page);
  await screenshot(page, 'social-client-care-worker.png');
  // Petras by his address: "forbidden", and nothing of him on the page.
  await page.goto(`./#/subjects/${petras}`);
  await expect(
    page.getByRole('heading', { name: 'Jūsų vaidmeniui šis veiksmas neleidžiamas.' }),
  ).toBeVisible();
  await expect(page.getByText('Kalvaitis')).toHaveCount(0);
  // Her keys on the raw database: Ona's core, contacts and care open; nothing social,
  // financial, identifying or medical; nothing of Petras at all.
  const careRead = await rawReadAs(page, CARE.username, CARE.next);
  expect(careRead[ona]?.sealed).toEqual(expect.arrayContaining(['social', 'financial']));
  expect(careRead[ona]?.opened).toEqual(['care', 'contacts', 'core']);
  expect(careRead[petras]?.sealed).toContain('social');
  expect(careRead[petras]?.opened).toEqual([]);

  // The accountant: Ona's code and finances, no social situation, care notes or health.
  await lockLt(page);
  await firstSignInLt(page, ACCOUNTANT.username, ACCOUNTANT.password, ACCOUNTANT.next);
  await openClient(page, 'Žemaitienė');
  await expect(page.getByText(IBAN)).toBeVisible();
  await expect(page.getByText(ONA.code)).toBeVisible();
  for (const hidden of [FAMILY, MATERIAL, CARE_NOTE])
    await expect(page.getByText(hidden, { exact: false })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Priežiūra' })).toHaveCount(0);
  await expect(editPart(page, 'Kontaktiniai duomenys')).toHaveCount(0);
  await editPart(page, 'Finansiniai duomenys').click();
  await page.getByLabel('Suma per mėnesį, EUR (1)').fill('150');
  await page.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(page.getByText('Socialinė pašalpa: 150,00 € per mėnesį')).toBeVisible();
  await expectAxeClean(page);
  await screenshot(page, 'social-client-accountant.png');
  const accountantRead = await rawReadAs(page, ACCOUNTANT.username, ACCOUNTANT.next);
  expect(accountantRead[ona]?.opened).toEqual(
    expect.arrayContaining(['core', 'financial', 'identifiers']),
  );
  for (const closed of ['social', 'care', 'health'])
    expect(accountantRead[ona]?.opened).not.toContain(closed);

  // The head still sees everything after the workers' changes.
  await lockLt(page);
  await signInLt(page, office.username, office.password);
  await openClient(page, 'Žemaitienė');
  await expect(page.getByText(FAMILY)).toBeVisible();
  await expect(page.getByText('Socialinė pašalpa: 150,00 € per mėnesį')).toBeVisible();

  await expectNothingReadable(app, [
    ONA.family,
    PETRAS.family,
    ONA.code,
    PETRAS.code,
    ADDRESS,
    FAMILY,
    MATERIAL,
    CARE_NOTE,
    PETRAS_SOCIAL,
    IBAN.replace(/\s/g, ''),
    'ona.zemaitiene@example.lt',
    'SP-2026/15',
    office.password,
    CARE.next,
    ACCOUNTANT.next,
  ]);
});
