import { expect, test } from '@playwright/test';
import { createUserThroughApi, uniqueEmail } from './support/vorda';

test('repeated failed sign-ins lock the account', async ({ page, request }) => {
  const user = await createUserThroughApi(request, { name: 'Lou Lockout', email: uniqueEmail('lockout'), roles: ['CASEWORKER'] });
  const email = page.getByRole('textbox', { name: 'E-mail', exact: true });
  const password = page.getByRole('textbox', { name: 'Password', exact: true });
  const alert = page.getByRole('alert');

  await page.goto('/login');
  await email.fill(user.email);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await password.fill(`wrong-password-${attempt}`);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await password.press('Enter');
    await answered;
    // The fifth failure is the one that locks; the first four must say plainly that the password is wrong.
    if (attempt < 5) await expect(alert).toContainText('E-mail or password is incorrect.');
  }

  await password.fill(user.password);
  const sixth = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await password.press('Enter');
  expect((await sixth).status()).toBe(423);

  await expect(alert).toContainText('Too many failed attempts. Your account is locked until');
  await expect(alert).toContainText('Try again later or ask an administrator.');
  await expect(page).toHaveURL(/\/login$/);
});
