// Steps of the user journeys that many specs share, written as a user does them: by role and
// accessible name, in Latvian (the default language).
import { expect, type Page } from '@playwright/test';

export type VaultOwner = {
  readonly username: string;
  readonly password: string;
  readonly recoveryCode: string;
};

export type SetupOptions = {
  readonly institutionName?: string;
  readonly controllerName?: string;
  readonly operatorName?: string;
  readonly headName?: string;
  readonly username?: string;
  readonly password?: string;
  /** A demo register: true for the kindergarten, 'socialOffice' for the social office's. */
  readonly demo?: boolean | 'socialOffice';
};

const DEMO_BUTTONS = {
  kindergarten: 'Izveidot demonstrācijas reģistru',
  socialOffice: 'Izveidot sociālā dienesta demonstrācijas reģistru',
} as const;

export const DEFAULT_OWNER = { username: 'vaditaja', password: 'Zaļā pļava pie upes 7' } as const;

/** Creates a vault through the setup wizard and leaves the head signed in. */
export const setupVault = async (page: Page, options: SetupOptions = {}): Promise<VaultOwner> => {
  const username = options.username ?? DEFAULT_OWNER.username;
  const password = options.password ?? DEFAULT_OWNER.password;
  await page.goto('./');
  await page
    .getByRole('button', {
      name:
        options.demo === undefined || options.demo === false
          ? 'Izveidot jaunu reģistru'
          : DEMO_BUTTONS[options.demo === true ? 'kindergarten' : options.demo],
      exact: true,
    })
    .click();
  if (!options.demo) {
    await page.getByLabel('Iestādes nosaukums').fill(options.institutionName ?? 'PII «Cīrulītis»');
    await page
      .getByLabel('Pārziņa pārstāvis (iestādes vadītāja), vārds un uzvārds')
      .fill(options.controllerName ?? 'Vadītāja Ilze Testa');
    await page
      .getByLabel('Personas datu operators (piemēram, lietvede), vārds un uzvārds')
      .fill(options.operatorName ?? 'Lietvede Dace Pārbaude');
  }
  await page.getByRole('button', { name: 'Tālāk' }).click();
  await page.getByLabel('Vadītājas vārds un uzvārds').fill(options.headName ?? 'Ilze Testa');
  await page.getByLabel('Lietotājvārds').fill(username);
  await page.getByRole('textbox', { name: 'Parole', exact: true }).fill(password);
  await page.getByLabel('Parole vēlreiz').fill(password);
  await page.getByRole('button', { name: 'Tālāk' }).click();
  const codeBox = page.getByTestId('recovery-code');
  await expect(codeBox).toBeVisible();
  const groups = await codeBox.locator('span').allInnerTexts();
  const label = await page.getByText(/ievadiet tās \d+\. grupu/).innerText();
  const groupNumber = Number(/tās (\d+)\. grupu/.exec(label)?.[1]);
  await page
    .getByRole('textbox', { name: /ievadiet tās \d+\. grupu/ })
    .fill(groups[groupNumber - 1] ?? '');
  await page.getByRole('button', { name: 'Pabeigt izveidi' }).click();
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
    timeout: 60_000,
  });
  return { username, password, recoveryCode: groups.join('-') };
};

export const signIn = async (page: Page, username: string, password: string): Promise<void> => {
  await page.getByLabel('Lietotājvārds').fill(username);
  await page.getByRole('textbox', { name: 'Parole', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Pieteikties' }).click();
};

/** Signs in and expects the app (not the password-change screen). */
export const signInToApp = async (
  page: Page,
  username: string,
  password: string,
): Promise<void> => {
  await signIn(page, username, password);
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
    timeout: 60_000,
  });
};

export const lockApp = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Bloķēt' }).click();
  await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
};

export type StaffMemberInput = {
  readonly displayName: string;
  readonly username: string;
  readonly roleLabel: string;
  readonly password: string;
  readonly groups?: readonly string[];
};

/** As the head: Darbinieki → Pievienot darbinieku. */
export const createStaffMember = async (page: Page, member: StaffMemberInput): Promise<void> => {
  await page.getByRole('link', { name: 'Darbinieki' }).click();
  await page.getByRole('button', { name: 'Pievienot darbinieku' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Vārds, uzvārds').fill(member.displayName);
  await dialog.getByLabel('Lietotājvārds').fill(member.username);
  await dialog.getByLabel('Loma').selectOption({ label: member.roleLabel });
  for (const group of member.groups ?? [])
    await dialog.getByRole('checkbox', { name: group }).check();
  await dialog.getByLabel('Sākotnējā parole').fill(member.password);
  await dialog.getByRole('button', { name: 'Saglabāt' }).click();
  await expect(page.getByRole('cell', { name: member.username, exact: true })).toBeVisible({
    timeout: 60_000,
  });
};

/** The forced change at first sign-in. */
export const changeInitialPassword = async (
  page: Page,
  oldPassword: string,
  newPassword: string,
): Promise<void> => {
  await expect(page.getByRole('heading', { name: 'Jaunas paroles iestatīšana' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByLabel('Pašreizējā parole').fill(oldPassword);
  await page.getByRole('textbox', { name: 'Jaunā parole', exact: true }).fill(newPassword);
  await page.getByLabel('Jaunā parole vēlreiz').fill(newPassword);
  await page.getByRole('button', { name: 'Saglabāt paroli' }).click();
  await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
    timeout: 60_000,
  });
};

/** A new register, its head in Iestatījumi: the section "Rezerves kopijas" and its button. */
export const openBackupSettings = async (page: Page) => {
  const owner: VaultOwner = await setupVault(page);
  await page.getByRole('link', { name: 'Iestatījumi' }).click();
  const section = page.getByRole('region', { name: 'Rezerves kopijas', exact: true });
  const make = section.getByRole('button', { name: 'Izveidot rezerves kopiju' });
  await expect(make).toBeVisible();
  return { owner, section, make };
};
