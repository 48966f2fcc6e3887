import { expect, test } from '@playwright/test';
import { aStrongPassword, chooseNewPassword, createUserThroughApi, signInThroughUi, signOutThroughUi, uniqueEmail } from './support/vorda';

test('sign-out works', async ({ page, request }) => {
  const user = await createUserThroughApi(request, { name: 'Sid Signout', email: uniqueEmail('signout'), roles: ['SUPERVISOR'] });
  const password = aStrongPassword();
  await signInThroughUi(page, user.email, user.password);
  await chooseNewPassword(page, user.password, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible(); // supervisors land on the cases
  await signOutThroughUi(page, user.name);

  await signInThroughUi(page, user.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  // Reloading while signed in keeps the session (restored from the HttpOnly refresh cookie, no token in storage).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(storage).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);

  await signOutThroughUi(page, user.name);
  await expect(page).toHaveURL(/\/login$/);

  await page.goto('/profile');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});
