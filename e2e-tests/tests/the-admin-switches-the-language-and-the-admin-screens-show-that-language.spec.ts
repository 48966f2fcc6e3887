import { expect, test } from '@playwright/test';
import { aStrongPassword, chooseNewPassword, createUserThroughApi, signInThroughUi, uniqueEmail } from './support/vorda';

test('the admin switches the language and the admin screens show that language', async ({ page, request }) => {
  // An administrator of its own, so the demo admin keeps English for the other journeys.
  const admin = await createUserThroughApi(request, { name: 'Lena Language', email: uniqueEmail('language'), roles: ['ADMIN'] });
  const password = aStrongPassword();
  await signInThroughUi(page, admin.email, admin.password);
  await chooseNewPassword(page, admin.password, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ProfileUpdate'));
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Deutsch' }).click();
  expect((await saved).status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByText('Verwaltung')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Prüfprotokoll' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Benutzer anlegen' })).toBeVisible();

  await nav.getByRole('link', { name: 'Teams' }).click();
  await expect(page.getByRole('button', { name: 'Team anlegen' })).toBeVisible();
  await nav.getByRole('link', { name: 'Prüfprotokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prüfprotokoll' })).toBeVisible();

  // The choice is saved on the user: signing in again (the sign-in page itself is in English) brings German back.
  await page.getByRole('button', { name: `Kontomenü von ${admin.name}` }).click();
  await page.getByRole('menuitem', { name: 'Abmelden' }).click();
  // The header has a language switcher too: wait for the sign-in page before using its own.
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sprache' }).click();
  await page.getByRole('option', { name: 'English' }).click();
  await signInThroughUi(page, admin.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
