import { expectNothingReadable } from './support/at-rest';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import {
  changeInitialPassword,
  createStaffMember,
  lockApp,
  setupVault,
  signIn,
} from './support/journey';

const INSTITUTION = 'PII «Mežrozīte» Ērgļos';
const CONTROLLER = 'Vadītāja Žaneta Ķirsone';
const OPERATOR = 'Lietvede Gunta Ābeltiņa';
const HEAD = 'Žaneta Ķirsone';
const TEACHER = 'Lūcija Šņore';
const EMAIL = 'mezrozite.test@example.lv';
const PHONE = '+371 29876543';

test.describe('the encrypted vault', () => {
  test('setup → recovery confirmation → teacher account → forced password change → role view → idle lock; nothing readable at rest', async ({
    app,
  }) => {
    const { page } = app;
    await page.clock.install();
    await page.goto('./');
    expect(await seriousViolations(page)).toEqual([]);

    // Setup: the institution's details, including contacts, then the head's account.
    await page.getByRole('button', { name: 'Izveidot jaunu reģistru' }).click();
    await page.getByLabel('Iestādes nosaukums').fill(INSTITUTION);
    await page.getByLabel('Tālrunis').fill(PHONE);
    await page.getByLabel('E-pasts').fill(EMAIL);
    await page
      .getByLabel('Pārziņa pārstāvis (iestādes vadītāja), vārds un uzvārds')
      .fill(CONTROLLER);
    await page
      .getByLabel('Personas datu operators (piemēram, lietvede), vārds un uzvārds')
      .fill(OPERATOR);
    await page.getByRole('button', { name: 'Tālāk' }).click();
    await page.getByLabel('Vadītājas vārds un uzvārds').fill(HEAD);
    await page.getByLabel('Lietotājvārds').fill('zaneta');
    await page.getByRole('textbox', { name: 'Parole', exact: true }).fill('parole123');
    await page.getByLabel('Parole vēlreiz').fill('parole123');
    await page.getByRole('button', { name: 'Tālāk' }).click();
    // A weak password is refused on the field, nothing typed is lost.
    await expect(page.getByText('Parolē jābūt vismaz 10 rakstzīmēm.')).toBeVisible();
    await expect(page.getByLabel('Vadītājas vārds un uzvārds')).toHaveValue(HEAD);
    const password = 'Mežrozītes dārzs 2026';
    await page.getByRole('textbox', { name: 'Parole', exact: true }).fill(password);
    await page.getByLabel('Parole vēlreiz').fill(password);
    await page.getByRole('button', { name: 'Tālāk' }).click();

    // The recovery code must be confirmed before setup can finish.
    const groups = await page.getByTestId('recovery-code').locator('span').allInnerTexts();
    expect(groups).toHaveLength(5);
    const confirm = page.getByRole('textbox', { name: /ievadiet tās \d+\. grupu/ });
    await confirm.fill('AAAAA');
    await page.getByRole('button', { name: 'Pabeigt izveidi' }).click();
    await expect(
      page.getByText('Ievadītā grupa nesakrīt ar atslēgu. Pārbaudiet izdruku.'),
    ).toBeVisible();
    const label = await page.getByText(/ievadiet tās \d+\. grupu/).innerText();
    const groupNumber = Number(/tās (\d+)\. grupu/.exec(label)?.[1]);
    await confirm.fill(groups[groupNumber - 1] ?? '');
    await page.getByRole('button', { name: 'Pabeigt izveidi' }).click();
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByRole('link', { name: 'Darbinieki' })).toBeVisible();

    // The head creates a teacher.
    await createStaffMember(page, {
      displayName: TEACHER,
      username: 'lucija',
      roleLabel: 'Skolotāja',
      password: 'Sākuma parole 4455',
    });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Auditācijas žurnāls' }).click();
    await page.getByRole('button', { name: 'Pārbaudīt žurnāla veselumu' }).click();
    await expect(page.getByText(/Žurnāls ir vesels: \d+ ierakst[si]\./)).toBeVisible();
    await lockApp(page);

    // Wrong password: refused, counted, nothing opened.
    await signIn(page, 'lucija', 'nepareiza parole');
    await expect(page.getByText('Nepareizs lietotājvārds vai parole.')).toBeVisible();

    // The teacher's first sign-in forces a new password; the teacher sees only teacher sections.
    await signIn(page, 'lucija', 'Sākuma parole 4455');
    await changeInitialPassword(page, 'Sākuma parole 4455', 'Rīta saule virs ezera 9');
    await expect(page.getByText(`Konts: ${TEACHER} (Skolotāja)`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Darbinieki' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Auditācijas žurnāls' })).toHaveCount(0);
    await page.goto('./#/staff');
    await expect(page.getByRole('heading', { name: 'Darbinieki' })).toHaveCount(0);

    // Idle for longer than the default ten minutes: the app locks and shows nothing personal.
    await page.clock.fastForward('10:30');
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toHaveCount(0);
    expect(await page.title()).toBe('Piekrišanu reģistrs');
    const visible = await page.locator('body').innerText();
    for (const value of [TEACHER, HEAD, INSTITUTION, 'lucija'])
      expect(visible).not.toContain(value);

    // Ctrl+L locks too.
    await signIn(page, 'zaneta', password);
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
      timeout: 60_000,
    });
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();

    expect(app.consoleErrors).toEqual([]);
    const typed = [
      'zaneta',
      'lucija',
      INSTITUTION,
      CONTROLLER,
      OPERATOR,
      HEAD,
      TEACHER,
      EMAIL,
      PHONE,
      'Ķirsone',
      'Šņore',
      'Ābeltiņa',
      'Mežrozīte',
      // Passwords and the recovery code are secrets typed into the app: never on disk either.
      password,
      'parole123',
      'Sākuma parole 4455',
      'Rīta saule virs ezera 9',
      'nepareiza parole',
      groups.join('-'),
      groups.join(''),
    ];
    await expectNothingReadable(app, typed);
  });

  test('the recovery code opens the vault and forces a new head password', async ({ app }) => {
    const { page } = app;
    const owner = await setupVault(page);
    await lockApp(page);
    await page.getByRole('button', { name: 'Atvērt ar atkopšanas atslēgu' }).click();
    await page.getByLabel('Atkopšanas atslēga').fill('00000-00000-00000-00000-00000');
    await page.getByRole('button', { name: 'Atvērt' }).click();
    await expect(page.getByText('Atkopšanas atslēga nav pareiza.')).toBeVisible();
    await page
      .getByLabel('Atkopšanas atslēga')
      .fill(owner.recoveryCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Atvērt' }).click();
    await expect(
      page.getByText('Reģistrs atvērts ar atkopšanas atslēgu. Iestatiet jaunu vadītājas paroli.'),
    ).toBeVisible({ timeout: 60_000 });
    await page
      .getByRole('textbox', { name: 'Jaunā parole', exact: true })
      .fill('Jauna galvenā frāze 71');
    await page.getByLabel('Jaunā parole vēlreiz').fill('Jauna galvenā frāze 71');
    await page.getByRole('button', { name: 'Saglabāt paroli' }).click();
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
      timeout: 60_000,
    });
    await lockApp(page);
    await signIn(page, owner.username, owner.password);
    await expect(page.getByText('Nepareizs lietotājvārds vai parole.')).toBeVisible();
    await signIn(page, owner.username, 'Jauna galvenā frāze 71');
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
      timeout: 60_000,
    });
    await expectNothingReadable(app, [
      owner.username,
      owner.password,
      owner.recoveryCode,
      owner.recoveryCode.replace(/-/g, ''),
      owner.recoveryCode.toLowerCase().replace(/-/g, ' '),
      'Jauna galvenā frāze 71',
      'Ilze Testa',
    ]);
  });

  test('a deactivated leaver can no longer sign in, and the account stays listed', async ({
    app,
  }) => {
    const { page } = app;
    const owner = await setupVault(page);
    await createStaffMember(page, {
      displayName: 'Ieva Aizgājēja',
      username: 'ievaaizg',
      roleLabel: 'Medmāsa',
      password: 'Pavasara lietus 31',
    });
    const row = page.getByRole('row', { name: /ievaaizg/ });
    await row.getByRole('button', { name: 'Deaktivizēt' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Deaktivizēt' }).click();
    await expect(row.getByRole('cell', { name: 'Deaktivizēts' })).toBeVisible();
    await lockApp(page);
    await signIn(page, 'ievaaizg', 'Pavasara lietus 31');
    await expect(page.getByText('Nepareizs lietotājvārds vai parole.')).toBeVisible();
    await signIn(page, owner.username, owner.password);
    await expect(page.getByRole('navigation', { name: 'Galvenā navigācija' })).toBeVisible({
      timeout: 60_000,
    });
    // The host's sleep / screen-lock signal locks the app too.
    await page.evaluate(() => {
      window.dispatchEvent(new Event('host:lock-request'));
    });
    await expect(page.getByRole('heading', { name: 'Pieteikšanās' })).toBeVisible();
    await expectNothingReadable(app, [
      'Ieva Aizgājēja',
      'Aizgājēja',
      // A username distinct enough not to occur in Chromium's own files ('ieva' is in "retrieval").
      'ievaaizg',
      'Pavasara lietus 31',
      owner.username,
      owner.password,
      owner.recoveryCode,
    ]);
  });
});
