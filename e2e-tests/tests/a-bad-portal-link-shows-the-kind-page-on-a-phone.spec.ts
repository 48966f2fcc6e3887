import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-GB' });

test('a bad portal link shows the kind page on a phone', async ({ page }) => {
  const token = 'Zm9yZ290dGVuLWxpbmstMTIzNDU2Nzg5';
  const checked = page.waitForResponse((r) => r.url().includes(`/api/portal/v1/links/${token}`));
  await page.goto(`/portal/l/${token}`);
  expect((await checked).status()).toBe(404);

  await expect(page.getByRole('heading', { level: 1, name: 'This link is not working' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const main = page.getByRole('main');
  await expect(main).toContainText('most recent letter, e-mail or text message');
  await expect(main).toContainText('phone number and e-mail address on the letter');
  await expect(page.locator('body')).not.toContainText(/PORTAL_LINK_INVALID|404|error/i);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();

  // Phone-first: nothing wider than the screen, and a touch target of at least 44 px for the language choice.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const language = page.getByRole('combobox', { name: 'Language' });
  expect((await language.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

  await language.selectOption({ label: 'Nederlands' });
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('a malformed or unknown portal address shows the same kind page', async ({ page }) => {
  await page.goto('/portal/l/x');
  await expect(page.getByRole('heading', { level: 1, name: 'This link is not working' })).toBeVisible();
  await page.goto('/portal/anything/else');
  await expect(page.getByRole('heading', { level: 1, name: 'This link is not working' })).toBeVisible();
});
