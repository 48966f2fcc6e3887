import { expect, test } from '@playwright/test';
import {
  aStrongPassword,
  chooseNewPassword,
  demoAdmin,
  demoPassword,
  signInThroughUi,
  signOutThroughUi,
  uniqueEmail,
} from './support/vorda';

test('an admin creates a caseworker in a team and that caseworker signs in', async ({ page }) => {
  const email = uniqueEmail('caseworker');
  const name = `Casey Newcomer ${Date.now()}`;

  await signInThroughUi(page, demoAdmin.email, demoPassword);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  await page.getByRole('button', { name: 'Create user' }).click();
  const drawer = page.getByRole('dialog', { name: 'Create user' });
  await drawer.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await drawer.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  // Mantine's multi-select draws its pill box over the input; the click lands on that box, as a user's would.
  await drawer.getByRole('combobox', { name: 'Roles' }).click({ force: true });
  await page.getByRole('option', { name: 'Caseworker' }).click();
  await page.keyboard.press('Tab'); // leaves the field; its option list closes and no longer covers the next field
  await drawer.getByRole('combobox', { name: 'Teams' }).click({ force: true });
  await page.getByRole('option', { name: 'Collections North' }).click();
  await page.keyboard.press('Tab');
  await drawer.getByRole('button', { name: 'Generate' }).click();
  const temporaryPassword = await drawer.getByRole('textbox', { name: 'Temporary password', exact: true }).inputValue();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
  await drawer.getByRole('button', { name: 'Create user' }).click();

  await expect(drawer.getByText('User created')).toBeVisible();
  await expect(drawer).toContainText(temporaryPassword);
  await drawer.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('searchbox', { name: 'Search' }).fill(email);
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText(name);
  await expect(row).toContainText('Caseworker');
  await expect(row).toContainText('Collections North');
  await expect(row).toContainText('Must choose a password');

  await signOutThroughUi(page, demoAdmin.name);

  await signInThroughUi(page, email, temporaryPassword);
  await chooseNewPassword(page, temporaryPassword, aStrongPassword());

  // Caseworkers land on their cases.
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
  await expect(page.getByRole('main').getByText('Collections North')).toBeVisible();
  await expect(nav.getByText('Administration')).toHaveCount(0);
});
