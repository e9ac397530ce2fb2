// Steps of a Lithuanian social office's journeys (issue 11), written as a user does them: by role
// and accessible name, in Lithuanian (the language picked on the setup screen).
import { expect, type Page } from '@playwright/test';

export type LtOffice = {
  readonly username: string;
  readonly password: string;
  readonly recoveryCode: string;
};

const NAV = 'Pagrindinė navigacija';

/** Creates a Lithuanian social office through the setup wizard in Lithuanian; the head is in. */
export const setupLtSocialOffice = async (page: Page): Promise<LtOffice> => {
  const username = 'direktore';
  const password = 'Žalia pieva prie upės 7';
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Valoda' }).selectOption('lt');
  await page.getByRole('button', { name: 'Sukurti naują registrą' }).click();
  await page.getByRole('radio', { name: 'Socialinių paslaugų tarnyba' }).check();
  await page.getByRole('radio', { name: 'Lietuva' }).check();
  await page.getByLabel('Įstaigos pavadinimas').fill('Testų socialinių paslaugų centras');
  await page
    .getByLabel('Duomenų valdytojo atstovas (įstaigos vadovė), vardas ir pavardė')
    .fill('Direktorė Testė Bandomoji');
  await page
    .getByLabel('Asmens duomenis tvarkantis darbuotojas (pvz., raštvedė), vardas ir pavardė')
    .fill('Raštvedė Ona Bandomoji');
  await page.getByRole('button', { name: 'Toliau' }).click();
  await page.getByLabel('Vadovės vardas ir pavardė').fill('Testė Bandomoji');
  await page.getByLabel('Naudotojo vardas').fill(username);
  await page.getByRole('textbox', { name: 'Slaptažodis', exact: true }).fill(password);
  await page.getByLabel('Pakartokite slaptažodį').fill(password);
  await page.getByRole('button', { name: 'Toliau' }).click();
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible();
  const groups = await codeBox.locator('span').allInnerTexts();
  const label = await page.getByText(/įveskite jo \d+ grupę/).innerText();
  const groupNumber = Number(/įveskite jo (\d+) grupę/.exec(label)?.[1]);
  await page
    .getByRole('textbox', { name: /įveskite jo \d+ grupę/ })
    .fill(groups[groupNumber - 1] ?? '');
  await page.getByRole('button', { name: 'Baigti' }).click();
  await expect(page.getByRole('navigation', { name: NAV })).toBeVisible({ timeout: 60_000 });
  return { username, password, recoveryCode: groups.join('-') };
};

export type LtStaffMember = {
  readonly displayName: string;
  readonly username: string;
  readonly roleLabel: string;
  readonly password: string;
};

/** As the head: Darbuotojai → Pridėti darbuotoją. */
export const createLtStaffMember = async (page: Page, member: LtStaffMember): Promise<void> => {
  await page.getByRole('link', { name: 'Darbuotojai' }).click();
  await page.getByRole('button', { name: 'Pridėti darbuotoją' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Vardas, pavardė').fill(member.displayName);
  await dialog.getByLabel('Naudotojo vardas').fill(member.username);
  await dialog.getByLabel('Vaidmuo').selectOption({ label: member.roleLabel });
  await dialog.getByLabel('Pradinis slaptažodis').fill(member.password);
  await dialog.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(page.getByRole('cell', { name: member.username, exact: true })).toBeVisible({
    timeout: 60_000,
  });
};

export const lockLt = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Užrakinti' }).click();
  await expect(page.getByRole('heading', { name: 'Prisijungimas' })).toBeVisible();
};

export const signInLt = async (page: Page, username: string, password: string): Promise<void> => {
  await page.getByLabel('Naudotojo vardas').fill(username);
  await page.getByRole('textbox', { name: 'Slaptažodis', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Prisijungti' }).click();
};

/** First sign-in of a new account: the forced password change, then the app. */
export const firstSignInLt = async (
  page: Page,
  username: string,
  initial: string,
  next: string,
): Promise<void> => {
  await signInLt(page, username, initial);
  await expect(page.getByRole('heading', { name: 'Naujo slaptažodžio nustatymas' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Dabartinis slaptažodis').fill(initial);
  await page.getByRole('textbox', { name: 'Naujas slaptažodis', exact: true }).fill(next);
  await page.getByLabel('Pakartokite naują slaptažodį').fill(next);
  await page.getByRole('button', { name: 'Išsaugoti slaptažodį' }).click();
  await expect(page.getByRole('navigation', { name: NAV })).toBeVisible({ timeout: 60_000 });
};

/** As an office role: Klientai → Pridėti klientą; returns the new client's id from the URL. */
export const addLtClient = async (
  page: Page,
  client: { readonly given: string; readonly family: string; readonly code: string },
): Promise<string> => {
  await page.getByRole('link', { name: 'Klientai' }).click();
  await page.getByRole('button', { name: 'Pridėti klientą' }).click();
  await page.getByRole('textbox', { name: 'Vardas (vardai)', exact: true }).fill(client.given);
  await page.getByRole('textbox', { name: 'Pavardė', exact: true }).fill(client.family);
  await page.getByRole('textbox', { name: 'Asmens kodas', exact: true }).fill(client.code);
  await page.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(
    page.getByRole('heading', { name: `${client.given} ${client.family}`, level: 1 }),
  ).toBeVisible({ timeout: 60_000 });
  const id = /#\/subjects\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no client id in ${page.url()}`);
  return id;
};
