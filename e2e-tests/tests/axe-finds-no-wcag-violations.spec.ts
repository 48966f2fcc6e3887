import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { aStrongPassword, chooseNewPassword, createUserThroughApi, signInThroughUi, uniqueEmail } from './support/vorda';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

test.describe('axe finds no WCAG 2.1 AA violations', () => {
  test('on the sign-in page', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('on the portal page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/portal/l/Zm9yZ290dGVuLWxpbmstMTIzNDU2Nzg5');
    await expect(page.getByRole('heading', { level: 1, name: 'This link is not working' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('on the field today page', async ({ page, request }) => {
    const agent = await createUserThroughApi(request, { name: 'Fiona Field', email: uniqueEmail('field'), roles: ['FIELD_AGENT'] });
    await page.setViewportSize({ width: 390, height: 844 });
    await signInThroughUi(page, agent.email, agent.password, '/field/login');
    await chooseNewPassword(page, agent.password, aStrongPassword());
    await expect(page).toHaveURL(/\/field\/today$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByText('No visits planned for you today')).toBeVisible();
    await expectNoViolations(page);
  });

  test('on the handover page, with the cases of the demo caseworker counted', async ({ page, request }) => {
    const supervisor = await createUserThroughApi(request, { name: 'Sven Supervisor', email: uniqueEmail('supervisor'), roles: ['SUPERVISOR'] });
    await signInThroughUi(page, supervisor.email, supervisor.password);
    await chooseNewPassword(page, supervisor.password, aStrongPassword());
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Hand over cases' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hand over cases' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Person leaving' }).click();
    await page.getByRole('option', { name: /^Casey Worker \(\d+ open\)$/ }).click();
    await expect(page.getByRole('table', { name: /^Open cases of / })).toBeVisible();
    await expectNoViolations(page);
  });
});
