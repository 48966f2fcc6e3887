import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoPassword, signInThroughUi } from './support/vorda';

// The demo caseworker works in Dutch: the list, the view and the CSV (";" and decimal commas) are Dutch-style.
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

test('a caseworker saves a view of big cases, applies it again and exports it as CSV', async ({ page }) => {
  test.setTimeout(120_000);
  const viewName = `Grote dossiers ${Date.now().toString(36)}`;

  await signInThroughUi(page, 'caseworker@vorda.example', demoPassword);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('table', { name: 'Dossiers' })).toBeVisible();

  // Principal of at least 1000, highest first.
  await page.getByRole('textbox', { name: 'Hoofdsom vanaf' }).fill('1000');
  await page.getByRole('combobox', { name: 'Sorteren' }).click();
  await page.getByRole('option', { name: 'Hoogste hoofdsom eerst', exact: true }).click();
  await expect(page).toHaveURL(/min=1000.*sort=principal-desc/);
  const count = page.getByRole('status').filter({ hasText: /^Gevonden dossiers: \d+$/ });
  await expect(count).toBeVisible();
  const found = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
  expect(found).toBeGreaterThan(0);
  await expectNoViolations(page);

  // Saved under a name of her own.
  await page.getByRole('button', { name: 'Weergave opslaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'De huidige filters en sortering opslaan' });
  await dialog.getByRole('textbox', { name: 'Naam' }).fill(viewName);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText(`De weergave ‘${viewName}’ is opgeslagen.`)).toBeVisible();

  // A fresh list, then the view brings the filter and sort back.
  await page.goto('/cases');
  await expect(page.getByRole('textbox', { name: 'Hoofdsom vanaf' })).toHaveValue('');
  await page.getByRole('combobox', { name: 'Opgeslagen weergave' }).click();
  await page.getByRole('option', { name: viewName, exact: true }).click();
  await expect(page).toHaveURL(/min=1000.*sort=principal-desc/);
  await expect(page.getByRole('textbox', { name: 'Hoofdsom vanaf' })).toHaveValue('1000');
  await expect(count).toHaveText(`Gevonden dossiers: ${found}`);

  // The export holds exactly that list, in that order, ready for a Dutch Excel.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV exporteren' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv.startsWith('\uFEFFReference;Status;Client;Debtors;Team;Assignee;Opened on;Principal total;Currency\r\n')).toBe(true);
  const rows = csv.split('\r\n').slice(1).filter((line) => line !== '');
  expect(rows).toHaveLength(found);
  const totals = rows.map((row) => Number(row.split(';').at(-2)?.replace(',', '.')));
  expect(totals.every((total) => total >= 1000)).toBe(true);
  expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  await expect(page.getByText(`${download.suggestedFilename()} is gedownload.`)).toBeVisible();

  // And the view goes again.
  await page.getByRole('button', { name: `Weergave ${viewName} beheren` }).click();
  await page.getByRole('menuitem', { name: 'Verwijderen' }).click();
  await page.getByRole('dialog', { name: `Weergave ${viewName} verwijderen?` }).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText(`De weergave ‘${viewName}’ is verwijderd.`)).toBeVisible();
});
