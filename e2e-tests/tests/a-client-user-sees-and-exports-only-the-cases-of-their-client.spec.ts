import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { adminGraphql, demoPassword, graphqlAs, signInThroughUi } from './support/vorda';

// The demo client user represents Noordzee Energie, one of the four demo clients (50 of the 200 demo cases).
const clientUser = { email: 'client@vorda.example', password: demoPassword };
const noordzee = 'Noordzee Energie B.V. (Noordzee Energie)';

test('a client user sees and exports only the cases of their client', async ({ page, request }) => {
  test.setTimeout(120_000);

  await signInThroughUi(page, clientUser.email, clientUser.password);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText('Cases of the clients you represent.')).toBeVisible();
  await expect(page.getByText('Cases found: 50')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Cases' }).getByRole('row');
  await expect(rows).toHaveCount(26);
  for (const row of await rows.all().then((all) => all.slice(1))) {
    await expect(row).toContainText(noordzee);
  }
  await expect(page.getByRole('link', { name: 'Open a case' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await downloading).path()) ?? '', 'utf8');
  const lines = csv.split('\r\n').filter((line) => line !== '');
  expect(lines[0]).toBe('\uFEFFReference,Status,Client,Debtors,Team,Assignee,Opened on,Principal total,Currency');
  expect(lines).toHaveLength(51);
  expect(lines.slice(1).every((line) => line.includes(`,${noordzee},`))).toBe(true);

  // Another client's case does not exist for them, not even through the API.
  const all = await adminGraphql<{ cases: { nodes: { id: string; client: { name: string } }[] } }>(
    request,
    'query E2eSomeCases { cases(first: 20) { nodes { id client { name } } } }',
    {},
  );
  const elsewhere = all.cases.nodes.find((node) => node.client.name !== noordzee);
  expect(elsewhere).toBeDefined();
  const asClient = await graphqlAs<{ node: unknown }>(request, clientUser, 'query E2eOtherCase($id: ID!) { node(id: $id) { id } }', {
    id: elsewhere?.id,
  });
  expect(asClient.errors).toBeUndefined();
  expect(asClient.data).toEqual({ node: null });
});
