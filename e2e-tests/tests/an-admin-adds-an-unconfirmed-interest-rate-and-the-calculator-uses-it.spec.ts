import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminGraphql, demoAdmin, demoPassword, signInThroughUi } from './support/vorda';

async function expectNoWcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

type Changes = { interestRateTable: { changes: { id: string; validFrom: string; kind: string; isCurrent: boolean }[] } };

/** A journey re-run against the same database (--repeat-each) first withdraws what the previous run entered. */
async function withdrawEarlierEntry(request: Parameters<typeof adminGraphql>[0], validFrom: string) {
  const { interestRateTable } = await adminGraphql<Changes>(request, '{ interestRateTable(rate: NL_STATUTORY) { changes { id validFrom kind isCurrent } } }', {});
  const earlier = interestRateTable.changes.find((c) => c.validFrom === validFrom && c.isCurrent && c.kind !== 'WITHDRAWN');
  if (earlier) {
    await adminGraphql(request, 'mutation($input: InterestRatePeriodWithdrawInput!) { interestRatePeriodWithdraw(input: $input) { userErrors { code } } }', {
      input: { entryId: earlier.id, reason: 'e2e re-run' },
    });
  }
}

test('an admin adds an unconfirmed interest rate and the calculator uses it', async ({ page, request }) => {
  await withdrawEarlierEntry(request, '2026-07-01');
  await signInThroughUi(page, demoAdmin.email, demoPassword);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Interest rates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interest rates' })).toBeVisible();
  const rows = page.getByRole('table', { name: /Rows of NL statutory interest/ });
  await expect(rows.getByRole('row').nth(1)).toContainText('1 Jan 2026');
  await expect(page.getByRole('img', { name: /NL statutory interest .* over time/ })).toBeVisible();
  await expectNoWcagViolations(page);

  await page.getByRole('button', { name: 'Add a period' }).click();
  const dialog = page.getByRole('dialog', { name: /Add a period to NL statutory interest/ });
  await dialog.getByLabel('Valid from').fill('2026-07-01');
  await dialog.getByRole('textbox', { name: 'Annual rate' }).fill('3');
  await dialog.getByLabel('Known through').fill('2026-12-31');
  await dialog.getByRole('textbox', { name: 'Source' }).fill('Draft decree, Staatscourant not yet published');
  await expectNoWcagViolations(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const newest = rows.getByRole('row').nth(1);
  await expect(newest).toContainText('1 Jul 2026');
  await expect(newest).toContainText('3%');
  await expect(newest).toContainText('Unconfirmed');
  await expect(newest).toContainText('Entered');
  await expect(newest).toContainText(demoAdmin.email);
  await expect(page.getByRole('table', { name: /Every entry made for this table/ })).toContainText('Draft decree');

  // 1,000.00 × 3 % × 31/365 = 2.5479… → €2.55, resting on the unconfirmed row
  const calculator = page.getByRole('form', { name: 'Interest calculator' });
  await calculator.getByRole('textbox', { name: 'Principal' }).fill('1000');
  await calculator.getByLabel('First interest day').fill('2026-07-01');
  await calculator.getByLabel('Last interest day').fill('2026-07-31');
  await calculator.getByRole('button', { name: 'Calculate' }).click();
  const breakdown = page.getByRole('table', { name: 'Interest per period' });
  await expect(breakdown.getByRole('row')).toHaveCount(2);
  await expect(breakdown.getByRole('row').nth(1)).toContainText('3%');
  await expect(breakdown.getByRole('row').nth(1)).toContainText('Unconfirmed');
  await expect(breakdown.getByRole('row').nth(1)).toContainText('€2.55');
  await expect(page.getByText('Interest: €2.55')).toBeVisible();
  await expectNoWcagViolations(page);
});
